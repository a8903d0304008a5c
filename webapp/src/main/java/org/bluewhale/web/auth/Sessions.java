package org.bluewhale.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions, in memory (a restart logs everybody out). A session id is 256 random bits,
 * sent only in an HttpOnly SameSite=Strict cookie; its CSRF token is a second secret the page
 * reads from the login answer and sends back in the {@value #CSRF_HEADER} header of every
 * request that changes something.
 */
public final class Sessions {

    public static final String COOKIE = "bw_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration MAX_AGE = Duration.ofHours(12);

    /** One logged-in browser. */
    public static final class Session {
        private final String id;
        private final String login;
        private final String csrfToken;
        private final Instant created;
        private volatile Instant lastSeen;

        private Session(String id, String login, String csrfToken, Instant created) {
            this.id = id;
            this.login = login;
            this.csrfToken = csrfToken;
            this.created = created;
            this.lastSeen = created;
        }

        public String id() {
            return id;
        }

        public String login() {
            return login;
        }

        public String csrfToken() {
            return csrfToken;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session open(String login) {
        Session session = new Session(Digests.randomSecret(32), login, Digests.randomSecret(32), clock.instant());
        sessions.put(session.id, session);
        return session;
    }

    /** The live session with this id; an expired one is forgotten. */
    public Optional<Session> find(String id) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.lastSeen.plus(IDLE)) || now.isAfter(session.created.plus(MAX_AGE))) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.lastSeen = now;
        return Optional.of(session);
    }

    public void close(String id) {
        sessions.remove(id);
    }

    /** Logs an operator out everywhere (password changed, account removed). */
    public void closeAll(String login) {
        sessions.values().removeIf(s -> s.login.equals(login));
    }
}

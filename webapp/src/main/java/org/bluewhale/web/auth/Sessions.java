package org.bluewhale.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bluewhale.store.org.WebSessionRepository;
import org.bluewhale.store.org.WebSessionRepository.StoredSession;

/**
 * Browser sessions, kept in the main database so they outlive a restart, and in memory so a
 * request costs no query. A session id is 256 random bits, sent only in an HttpOnly
 * SameSite=Strict cookie; the database keeps only its SHA-256. Its CSRF token is a second secret
 * the page reads from the login answer and sends back in the {@value #CSRF_HEADER} header of
 * every request that changes something. Last use is written at most once a {@link #TOUCH_EVERY}
 * minute, which is all the idle limit needs.
 */
public final class Sessions {

    public static final String COOKIE = "bw_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration MAX_AGE = Duration.ofHours(12);
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** One logged-in browser. */
    public static final class Session {
        private final String id;
        private final String login;
        private final String csrfToken;
        private final Instant created;
        private volatile Instant lastSeen;
        private volatile Instant lastStored;

        private Session(String id, String login, String csrfToken, Instant created, Instant lastSeen) {
            this.id = id;
            this.login = login;
            this.csrfToken = csrfToken;
            this.created = created;
            this.lastSeen = lastSeen;
            this.lastStored = lastSeen;
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
    private final WebSessionRepository stored;
    private final Clock clock;

    public Sessions(WebSessionRepository stored, Clock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    public Session open(String login) {
        Instant now = clock.instant();
        stored.deleteExpired(now.minus(IDLE), now.minus(MAX_AGE));
        Session session = new Session(Digests.randomSecret(32), login, Digests.randomSecret(32), now, now);
        stored.create(new StoredSession(Digests.sha256Hex(session.id), login, session.csrfToken, now, now));
        sessions.put(session.id, session);
        return session;
    }

    /** The live session with this id, from memory or, after a restart, the database; an expired one is forgotten. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.computeIfAbsent(id, this::load);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.lastSeen.plus(IDLE)) || now.isAfter(session.created.plus(MAX_AGE))) {
            close(id);
            return Optional.empty();
        }
        session.lastSeen = now;
        if (!now.isBefore(session.lastStored.plus(TOUCH_EVERY))) {
            session.lastStored = now;
            stored.touch(Digests.sha256Hex(id), now);
        }
        return Optional.of(session);
    }

    private Session load(String id) {
        return stored.find(Digests.sha256Hex(id))
                .map(s -> new Session(id, s.operatorLogin(), s.csrfToken(), s.createdAt(), s.lastSeen()))
                .orElse(null);
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
            stored.delete(Digests.sha256Hex(id));
        }
    }

    /** Logs an operator out everywhere (password changed, account removed). */
    public void closeAll(String login) {
        sessions.values().removeIf(s -> s.login.equals(login));
        stored.deleteAll(login);
    }
}

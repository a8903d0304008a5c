package org.bluewhale.web.auth;

import java.time.Clock;
import org.bluewhale.store.org.AuditLog;

/** Writes logins and configuration changes to the audit log, stamped with the server's clock. */
public final class Audit {

    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param actor  the operator acting, or the login tried for a failed attempt
     * @param target what was changed, or null
     * @param remote the client address
     */
    public void record(String actor, String action, String target, String remote) {
        log.record(clock.instant(), actor, action, target, remote);
    }
}

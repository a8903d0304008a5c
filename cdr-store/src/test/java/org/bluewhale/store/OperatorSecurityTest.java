package org.bluewhale.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bluewhale.store.org.ApiToken;
import org.bluewhale.store.org.ApiTokenRepository;
import org.bluewhale.store.org.AuditEntry;
import org.bluewhale.store.org.Operator;
import org.bluewhale.store.org.OperatorRepository;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Lockout counters, API tokens and the audit log, written and read back across a restart. */
class OperatorSecurityTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void failedLoginsCountUpLockAndClear(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            OperatorRepository operators = db.operatorRepository();
            int sales = db.orgRepository().addDepartment("Sales", null).id();
            operators.create("mgr", "hash", "department-manager", sales);
            assertEquals(1, operators.countFailedLogin("mgr"));
            assertEquals(2, operators.countFailedLogin("mgr"));
            operators.lockUntil("mgr", NOW);
        }
        try (Database db = kind.open(dataDir)) {
            Operator mgr = db.operatorRepository().find("mgr").orElseThrow();
            assertEquals(NOW, mgr.lockedUntil());
            assertEquals(0, mgr.failedLogins());
            assertEquals(db.orgRepository().departments().get(0).id(), mgr.departmentId());
            assertTrue(db.operatorRepository().clearFailedLogins("mgr"));
            assertEquals(Instant.EPOCH, db.operatorRepository().find("mgr").orElseThrow().lockedUntil());
            assertFalse(db.operatorRepository().clearFailedLogins("nobody"));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void tokensAreFoundByHashUntilRevoked(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            ApiTokenRepository tokens = db.apiTokens();
            ApiToken scraper = tokens.create("prometheus", "admin", "ab".repeat(32), NOW);
            tokens.create("export", "billing", "cd".repeat(32), NOW);
            assertEquals(scraper, tokens.findActive("ab".repeat(32)).orElseThrow());
            assertEquals(List.of("prometheus"), tokens.list("admin").stream().map(ApiToken::name).toList());
            assertEquals(2, tokens.list(null).size());
            assertTrue(tokens.revoke(scraper.id(), NOW.plusSeconds(1)));
            assertFalse(tokens.revoke(scraper.id(), NOW.plusSeconds(2)), "revoking twice changes nothing");
        }
        try (Database db = kind.open(dataDir)) {
            assertTrue(db.apiTokens().findActive("ab".repeat(32)).isEmpty());
            assertEquals(NOW.plusSeconds(1), db.apiTokens().list("admin").get(0).revokedAt());
            assertTrue(db.apiTokens().findActive("cd".repeat(32)).isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theAuditLogReadsNewestFirst(Databases kind) {
        try (Database db = kind.open(dataDir)) {
            db.auditLog().record(NOW, "admin", "login", null, "10.0.0.1");
            db.auditLog().record(NOW.plusSeconds(5), "admin", "operator-created", "mgr", "10.0.0.1");
            db.auditLog().record(NOW.plusSeconds(9), "mgr", "login-failed", null, "10.0.0.2");
        }
        try (Database db = kind.open(dataDir)) {
            assertEquals(3, db.auditLog().count());
            List<AuditEntry> page = db.auditLog().page(2, 0);
            assertEquals(List.of("login-failed", "operator-created"), page.stream().map(AuditEntry::action).toList());
            assertEquals("mgr", page.get(1).target());
            assertEquals("", page.get(0).target());
            assertEquals(NOW.plusSeconds(9), page.get(0).at());
            assertEquals("login", db.auditLog().page(2, 2).get(0).action());
        }
    }
}

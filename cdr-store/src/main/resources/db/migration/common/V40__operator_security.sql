-- Web security: operators get a department scope and a lockout counter; machines get API tokens;
-- every login and configuration change goes to the audit log.

-- The department a department manager sees (with its subtree); NULL for every other role.
-- No foreign key: SQLite cannot add one with ALTER TABLE, and the webapp checks the id exists.
ALTER TABLE operator ADD COLUMN department_id INTEGER;
-- Failed logins since the last success; at 5 the account is locked until locked_until.
ALTER TABLE operator ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE operator ADD COLUMN locked_until BIGINT DEFAULT 0 NOT NULL; -- epoch ms UTC; 0 = not locked

-- A machine's credential, acting as its operator. Only the SHA-256 of the secret is stored: the
-- secret is 256 random bits, so a fast hash is enough and lookup by hash is one index probe.
CREATE TABLE api_token (
    id             ${identity},
    name           ${text}     NOT NULL,
    operator_login VARCHAR(64) NOT NULL,
    token_hash     VARCHAR(64) NOT NULL UNIQUE, -- lower-case hex SHA-256 of the secret
    created_at     BIGINT      NOT NULL,        -- epoch ms UTC
    revoked_at     BIGINT                       -- epoch ms UTC; NULL while valid
);

CREATE TABLE audit_log (
    id     ${identity},
    at_ms  BIGINT      NOT NULL, -- epoch ms UTC
    actor  VARCHAR(64) NOT NULL, -- operator login, or the login tried for a failed attempt
    action VARCHAR(64) NOT NULL, -- e.g. login, login-failed, operator-created, token-revoked
    target ${text},              -- what the action changed, if anything
    remote ${text}               -- the client address
);
CREATE INDEX audit_log_at ON audit_log (at_ms);

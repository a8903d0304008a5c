-- Browser sessions, so a server restart does not log everybody out. Only the SHA-256 of the
-- session id is kept (the id is 256 random bits, the cookie's secret): a copy of this table
-- lets nobody in. The CSRF token is kept as it is: alone it opens nothing.
CREATE TABLE web_session (
    id_hash        VARCHAR(64) NOT NULL PRIMARY KEY, -- lower-case hex SHA-256 of the session id
    operator_login VARCHAR(64) NOT NULL,
    csrf_token     VARCHAR(64) NOT NULL,
    created_at     BIGINT      NOT NULL,             -- epoch ms UTC
    last_seen      BIGINT      NOT NULL              -- epoch ms UTC, written at most once a minute
);
CREATE INDEX web_session_login ON web_session (operator_login);

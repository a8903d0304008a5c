-- The first schema of the main database. Shared by every dialect: types that differ are
-- Flyway placeholders filled by the dialect (key_type, text, bytes, identity).

CREATE TABLE pbx (
    id      INTEGER     NOT NULL PRIMARY KEY, -- assigned by the store, small: it is the top bits of every key
    name    VARCHAR(64) NOT NULL UNIQUE,      -- the PbxDescriptor id
    site    ${text}     NOT NULL,
    format  ${text}     NOT NULL,
    zone    ${text}     NOT NULL
);

-- One row per rated call leg.
-- cdr_key = (pbx.id << 40) | seq: the (pbx, sequence) identity in one 64-bit primary key, so no
-- secondary unique index is needed and a PBX's records append in key order (fast B-tree appends).
-- start_utc is epoch milliseconds UTC as BIGINT rather than TIMESTAMP: one cheap, exact type that
-- every dialect stores, compares and indexes the same way, with no driver time-zone conversions.
-- No foreign key to pbx: the store only writes keys of registered PBXs, and a per-row FK check
-- would cost on the hot insert path.
CREATE TABLE cdr (
    cdr_key        ${key_type} NOT NULL PRIMARY KEY,
    pbx_id         INTEGER     NOT NULL,
    seq            BIGINT      NOT NULL,
    journal_pos    BIGINT      NOT NULL,
    start_utc      BIGINT      NOT NULL,
    zone           ${text}     NOT NULL,
    duration_s     INTEGER     NOT NULL,
    ring_s         INTEGER     NOT NULL,
    calling        ${text}     NOT NULL,
    dialed         ${text}     NOT NULL,
    direction      VARCHAR(16) NOT NULL,
    condition_code ${text}     NOT NULL,
    account_code   ${text}     NOT NULL,
    auth_code      ${text}     NOT NULL,
    trunk_in       ${text}     NOT NULL,
    trunk_out      ${text}     NOT NULL,
    correlation_id ${text}     NOT NULL,
    call_class     VARCHAR(16) NOT NULL,
    billed_s       BIGINT      NOT NULL,
    cost_minor     BIGINT      NOT NULL, -- exact amount in the currency's minor units
    currency       CHAR(3)     NOT NULL,
    tariff         ${text}     NOT NULL
);

-- Every report and API query is a time range. Start times arrive nearly in order, so this index
-- grows at its right edge too (insert cost measured in cdr-store/BENCHMARKS.md).
CREATE INDEX cdr_start_utc ON cdr (start_utc);

-- Raw records that could not be decoded, kept byte for byte; same key scheme as cdr.
CREATE TABLE quarantine (
    q_key       ${key_type} NOT NULL PRIMARY KEY,
    pbx_id      INTEGER     NOT NULL,
    seq         BIGINT      NOT NULL,
    journal_pos BIGINT      NOT NULL,
    received_at BIGINT      NOT NULL, -- epoch milliseconds UTC, as cdr.start_utc
    reason      ${text}     NOT NULL,
    raw         ${bytes}    NOT NULL,
    truncated   BOOLEAN     NOT NULL
);

-- The journal position up to which every record is in cdr or quarantine (or was skipped);
-- updated in the same transaction as each batch. Exactly one row.
CREATE TABLE pipeline_state (
    id            INTEGER NOT NULL PRIMARY KEY,
    committed_pos BIGINT  NOT NULL
);
INSERT INTO pipeline_state (id, committed_pos) VALUES (1, 0);

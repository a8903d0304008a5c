-- The first schema of the main database. Shared by every dialect: types that differ are
-- Flyway placeholders filled by the dialect (key_type, text, indexed_text, bytes, identity).

CREATE TABLE pbx (
    id      INTEGER     NOT NULL PRIMARY KEY, -- assigned by the store, small: it is the top bits of every key
    name    VARCHAR(64) NOT NULL UNIQUE,      -- the PbxDescriptor id
    site    ${text}     NOT NULL,
    format  ${text}     NOT NULL,
    zone    ${text}     NOT NULL
);

-- Values that repeat in nearly every row are stored once here and referenced by a small id:
-- a narrower row is cheaper to insert (measured in cdr-store/BENCHMARKS.md). The store interns
-- new values in their own committed transaction before any row can refer to them.
CREATE TABLE zone (
    id   INTEGER     NOT NULL PRIMARY KEY,
    name ${indexed_text} NOT NULL UNIQUE -- a java.time zone id, e.g. Europe/Paris
);

CREATE TABLE tariff (
    id       INTEGER NOT NULL PRIMARY KEY,
    name     ${indexed_text} NOT NULL, -- the rater's tariff name ('' when it gave none)
    currency CHAR(3) NOT NULL,        -- ISO 4217 code of cdr.cost_minor
    UNIQUE (name, currency)
);

-- Stable codes of org.bluewhale.core.CallClass and Direction (declared in the store's CdrCodes,
-- never the enum ordinal), so SQL reports can join them to a name.
CREATE TABLE call_class (
    code SMALLINT    NOT NULL PRIMARY KEY,
    name VARCHAR(16) NOT NULL UNIQUE
);
INSERT INTO call_class (code, name) VALUES (0, 'UNKNOWN'), (1, 'INTERNAL'), (2, 'LOCAL'), (3, 'NATIONAL'),
    (4, 'MOBILE'), (5, 'INTERNATIONAL'), (6, 'TOLL_FREE'), (7, 'PREMIUM'), (8, 'EMERGENCY'), (9, 'INBOUND');

CREATE TABLE direction (
    code SMALLINT    NOT NULL PRIMARY KEY,
    name VARCHAR(16) NOT NULL UNIQUE
);
INSERT INTO direction (code, name) VALUES (0, 'UNKNOWN'), (1, 'OUTGOING'), (2, 'INCOMING'), (3, 'INTERNAL'),
    (4, 'TANDEM');

-- One row per rated call leg.
-- cdr_key = (pbx.id << 40) | seq: the (pbx, sequence) identity in one 64-bit primary key, so no
-- secondary unique index is needed and a PBX's records append in key order (fast B-tree appends).
-- The PBX and sequence are not repeated as columns: pbx.id = cdr_key >> 40, seq = cdr_key & (2^40 - 1),
-- and one PBX's rows are the key range [pbx.id << 40, (pbx.id << 40) + 2^40 - 1].
-- start_utc is epoch milliseconds UTC as BIGINT rather than TIMESTAMP: one cheap, exact type that
-- every dialect stores, compares and indexes the same way, with no driver time-zone conversions.
-- Optional texts the PBX left empty are NULL (cheaper than ''); the store reads them back as ''.
-- No foreign keys: the store only writes ids it has committed first, and a per-row check would
-- cost on the hot insert path.
CREATE TABLE cdr (
    cdr_key        ${key_type} NOT NULL PRIMARY KEY,
    journal_pos    BIGINT      NOT NULL,
    start_utc      BIGINT      NOT NULL,
    zone_id        INTEGER     NOT NULL, -- zone.id: the PBX's time zone at the time of the call
    duration_s     INTEGER     NOT NULL,
    ring_s         INTEGER     NOT NULL,
    calling        ${text},
    dialed         ${text},
    direction      SMALLINT    NOT NULL, -- direction.code
    condition_code ${text},
    account_code   ${text},
    auth_code      ${text},
    trunk_in       ${text},
    trunk_out      ${text},
    correlation_id ${text},
    call_class     SMALLINT    NOT NULL, -- call_class.code
    billed_s       BIGINT      NOT NULL,
    cost_minor     BIGINT      NOT NULL, -- exact amount in the minor units of tariff.currency
    tariff_id      INTEGER     NOT NULL  -- tariff.id: the tariff's name and the cost's currency
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

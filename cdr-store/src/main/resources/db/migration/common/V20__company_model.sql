-- The company model around V2's minimal department / app_user / extension tables: who is billed
-- for a call (extensions, authorisation codes, account codes, each with effective dates), the
-- sites, PBX trunks and trunk groups, calls as groups of legs, and the charge each stored leg was
-- allocated to. Shared by every dialect (placeholders as in V1). Columns added to existing tables
-- are nullable or have a default, as SQLite's ALTER TABLE requires.

-- One row per company; a single-company installation uses id 1, which V2's departments join.
CREATE TABLE company (
    id   INTEGER NOT NULL PRIMARY KEY,
    name ${text} NOT NULL
);
INSERT INTO company (id, name) VALUES (1, 'Company');

ALTER TABLE department ADD COLUMN company_id INTEGER NOT NULL DEFAULT 1;
-- The customer's own key for a department (cost centre), optional.
ALTER TABLE department ADD COLUMN code VARCHAR(64);

-- employee_id: the customer's key for a person (staff number), so a re-import updates the person
-- instead of adding a second one. Unique when given; several people may have none.
ALTER TABLE app_user ADD COLUMN employee_id VARCHAR(64);
ALTER TABLE app_user ADD COLUMN email ${text};
CREATE UNIQUE INDEX app_user_employee_id ON app_user (employee_id);

-- A person typing an authorisation code is charged for the call whatever phone was used; from
-- valid_from (epoch ms UTC) on, until a later row for the same code.
CREATE TABLE auth_code (
    code       VARCHAR(64) NOT NULL,
    user_id    INTEGER     NOT NULL REFERENCES app_user (id),
    valid_from BIGINT      NOT NULL,
    PRIMARY KEY (code, valid_from)
);

-- An account (project) code typed on a call charges that call to a department.
CREATE TABLE account_code (
    code          VARCHAR(64) NOT NULL,
    department_id INTEGER     NOT NULL REFERENCES department (id),
    valid_from    BIGINT      NOT NULL,
    description   ${text},
    PRIMARY KEY (code, valid_from)
);

-- A site is where PBXs stand; pbx.site (V1) names it.
CREATE TABLE site (
    id         ${identity},
    company_id INTEGER      NOT NULL REFERENCES company (id),
    name       VARCHAR(64)  NOT NULL UNIQUE,
    zone       VARCHAR(64)  NOT NULL -- IANA zone id of the site
);

CREATE TABLE trunk_group (
    id      ${identity},
    site_id INTEGER     NOT NULL REFERENCES site (id),
    name    VARCHAR(64) NOT NULL,
    UNIQUE (site_id, name)
);

-- A trunk as the PBX names it in cdr.trunk_in / cdr.trunk_out.
CREATE TABLE trunk (
    id             ${identity},
    pbx_id         INTEGER     NOT NULL REFERENCES pbx (id),
    name           VARCHAR(64) NOT NULL,
    trunk_group_id INTEGER     REFERENCES trunk_group (id),
    UNIQUE (pbx_id, name)
);

-- Who a call leg is charged to: a (user, department) pair, interned like zone and tariff so that
-- cdr carries one small integer. user_id is NULL for a call charged to a department only (an
-- account code); department_id is the department at the time the leg was stored, so moving a
-- person later does not move their past costs.
CREATE TABLE charge (
    id            INTEGER NOT NULL PRIMARY KEY,
    user_id       INTEGER,
    department_id INTEGER
);

-- NULL: nobody held the extension (nor a code) at the time of the call.
ALTER TABLE cdr ADD COLUMN charge_id INTEGER;

-- Org changes bump this counter in the same transaction, so the store reloads its allocation
-- tables when another process (an import from the command line) changed them. Exactly one row.
CREATE TABLE org_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO org_revision (id, revision) VALUES (1, 0);

-- A call is a group of legs (transfer, conference, forward) put together by correlation; its key
-- is the cdr_key of its first leg. A leg belongs to at most one call.
CREATE TABLE call_group (
    call_key  ${key_type} NOT NULL PRIMARY KEY,
    start_utc BIGINT      NOT NULL
);
CREATE TABLE call_leg (
    cdr_key  ${key_type} NOT NULL PRIMARY KEY,
    call_key BIGINT      NOT NULL
);
CREATE INDEX call_leg_call ON call_leg (call_key);

-- Calls older than the retention period when the policy is "archive": same columns as cdr, out
-- of the way of the live table's inserts and queries.
CREATE TABLE cdr_archive (
    cdr_key        ${key_type} NOT NULL PRIMARY KEY,
    journal_pos    BIGINT      NOT NULL,
    start_utc      BIGINT      NOT NULL,
    zone_id        INTEGER     NOT NULL,
    duration_s     INTEGER     NOT NULL,
    ring_s         INTEGER     NOT NULL,
    calling        ${text},
    dialed         ${text},
    direction      SMALLINT    NOT NULL,
    condition_code ${text},
    account_code   ${text},
    auth_code      ${text},
    trunk_in       ${text},
    trunk_out      ${text},
    correlation_id ${text},
    call_class     SMALLINT    NOT NULL,
    billed_s       BIGINT      NOT NULL,
    cost_minor     BIGINT      NOT NULL,
    tariff_id      INTEGER     NOT NULL,
    charge_id      INTEGER
);

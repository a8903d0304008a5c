-- The department cost summary of whole past days, rolled up once so that a month's report reads a
-- few thousand rows per day instead of every call. utc_day = start_utc div 86400000 (UTC days).
-- A day is in cost_day_done only while cost_day holds all its calls: the store deletes the mark
-- when it stores (or reallocates) a call of that day later, and the next summary rolls it up again.
CREATE TABLE cost_day (
    utc_day    BIGINT   NOT NULL,
    charge_id  INTEGER  NOT NULL, -- 0: charged to nobody
    call_class SMALLINT NOT NULL,
    tariff_id  INTEGER  NOT NULL,
    calls      BIGINT   NOT NULL,
    duration_s BIGINT   NOT NULL,
    cost_minor BIGINT   NOT NULL,
    PRIMARY KEY (utc_day, charge_id, call_class, tariff_id)
);

CREATE TABLE cost_day_done (
    utc_day BIGINT NOT NULL PRIMARY KEY
);

-- Updated by a roll-up and by a store batch carrying calls of a past day, so the two never run
-- interleaved (a call stored while its day is rolled up would otherwise be missed). Exactly one row.
CREATE TABLE cost_day_lock (
    id    INTEGER NOT NULL PRIMARY KEY,
    times BIGINT  NOT NULL
);
INSERT INTO cost_day_lock (id, times) VALUES (1, 0);

-- PostgreSQL only: cdr becomes a table partitioned by month of start_utc (UTC), so a month's
-- report reads only its partition and retention can drop old months cheaply. Calls of a month
-- without a partition yet go to cdr_default; the store creates each month's partition the first
-- time it stores a call of that month, moving any such calls out of cdr_default (MonthPartitions).
--
-- A partitioned table's primary key must contain the partition column, so the key is
-- (cdr_key, start_utc): a replayed record is still refused, as it is decoded to the same start.

ALTER TABLE cdr RENAME TO cdr_unpartitioned;
ALTER TABLE cdr_unpartitioned RENAME CONSTRAINT cdr_pkey TO cdr_unpartitioned_pkey;
ALTER INDEX cdr_start_utc RENAME TO cdr_unpartitioned_start_utc;

CREATE TABLE cdr (LIKE cdr_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE (start_utc);
ALTER TABLE cdr ADD CONSTRAINT cdr_pkey PRIMARY KEY (cdr_key, start_utc);
CREATE INDEX cdr_start_utc ON cdr (start_utc);
CREATE TABLE cdr_default PARTITION OF cdr DEFAULT;

DO $$
DECLARE
    month_start TIMESTAMP;
BEGIN
    FOR month_start IN
        SELECT DISTINCT date_trunc('month', to_timestamp(start_utc / 1000.0) AT TIME ZONE 'UTC') FROM cdr_unpartitioned
    LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF cdr FOR VALUES FROM (%s) TO (%s)',
            'cdr_' || to_char(month_start, 'YYYY_MM'),
            (extract(epoch FROM month_start) * 1000)::BIGINT,
            (extract(epoch FROM month_start + INTERVAL '1 month') * 1000)::BIGINT);
    END LOOP;
END $$;

INSERT INTO cdr SELECT * FROM cdr_unpartitioned;
DROP TABLE cdr_unpartitioned;

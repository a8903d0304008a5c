-- The dashboard (web, issue 7) shows today and this month in the operator's time zone, whose days
-- do not start at UTC midnight: whole past UTC days are also rolled up per UTC hour, per charged
-- department rather than per charge (a few hundred rows an hour instead of one per person), so a
-- month is read per local day and per department without reading every call. utc_hour =
-- start_utc div 3600000. Filled, cleared and marked done together with cost_day (the same
-- cost_day_done mark covers both). cost_day also sums the billed seconds (the dashboard's minutes).
-- Days rolled up before this are rolled up again.
CREATE TABLE cost_hour (
    utc_hour       BIGINT   NOT NULL,
    department_id  INTEGER  NOT NULL, -- charge.department_id; 0: charged to no department
    call_class     SMALLINT NOT NULL,
    tariff_id      INTEGER  NOT NULL,
    calls          BIGINT   NOT NULL,
    billed_s       BIGINT   NOT NULL,
    cost_minor     BIGINT   NOT NULL,
    ref_cost_minor BIGINT   NOT NULL,
    PRIMARY KEY (utc_hour, department_id, call_class, tariff_id)
);
ALTER TABLE cost_day ADD COLUMN billed_s BIGINT DEFAULT 0 NOT NULL;
DELETE FROM cost_day;
DELETE FROM cost_day_done;

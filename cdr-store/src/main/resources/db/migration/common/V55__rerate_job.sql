-- Re-rating jobs (docs/rating.md, "Re-rating a period"): one row per job, who asked for it, the
-- period and filter, and how far it got. The cursor (start_utc, cdr_key of the last call done, in
-- the scan order start_utc, cdr_key) and the totals are updated in the same transaction as each
-- batch of re-rated calls, so a job that stopped resumes after its last committed batch.
-- Costs are sums of cdr.cost_minor (minor units of the calls' currencies).
CREATE TABLE rerate_job (
    id            ${identity},
    operator      ${text}     NOT NULL, -- login of who asked (web operator, or cli:<os user>)
    created_ms    BIGINT      NOT NULL, -- epoch milliseconds UTC
    updated_ms    BIGINT      NOT NULL,
    from_utc      BIGINT      NOT NULL, -- period of call starts [from_utc, to_utc), epoch milliseconds
    to_utc        BIGINT      NOT NULL,
    pbx           ${text},              -- filters, NULL: all
    site          ${text},
    carrier       ${text},
    status        VARCHAR(16) NOT NULL, -- PENDING, RUNNING, DONE, FAILED
    calls_total   BIGINT      NOT NULL, -- calls of the period (all are read, in order, for volume tiers)
    calls_done    BIGINT      NOT NULL, -- of them read so far
    calls_rerated BIGINT      NOT NULL, -- of them matching the filter, priced again
    calls_changed BIGINT      NOT NULL, -- of those, whose stored rating changed
    cost_before   BIGINT      NOT NULL, -- cost of the re-rated calls as they were stored before
    cost_after    BIGINT      NOT NULL, -- and as re-rated
    cursor_start  BIGINT,               -- NULL: nothing done yet
    cursor_key    BIGINT,
    error         ${text}
);

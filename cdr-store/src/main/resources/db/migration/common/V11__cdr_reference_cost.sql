-- What each call would have cost over its site's reference (PSTN) carrier, in the minor units of
-- the same currency as cost_minor (rating-engine, issue 4); savings = ref_cost_minor - cost_minor.
-- NULL when it equals cost_minor (the call went over the reference carrier, or was free), which
-- keeps most rows as narrow as before.
ALTER TABLE cdr ADD COLUMN ref_cost_minor BIGINT;

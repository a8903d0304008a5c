-- The daily roll-up also sums what the calls would have cost over the reference carrier (V11), so
-- the department summary shows the savings. Days rolled up before this are rolled up again.
ALTER TABLE cost_day ADD COLUMN ref_cost_minor BIGINT DEFAULT 0 NOT NULL;
DELETE FROM cost_day;
DELETE FROM cost_day_done;

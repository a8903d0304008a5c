-- The archive keeps every column of cdr, so an archived call keeps its reference cost (V11) too.
ALTER TABLE cdr_archive ADD COLUMN ref_cost_minor BIGINT;

-- What correlation decided about each leg (docs/correlation.md): the assembled call it is a
-- segment of, who pays for that segment, and whether the correlation window ended before the
-- call's other legs arrived. NULL texts mean empty, as in the other optional columns.
ALTER TABLE cdr ADD COLUMN call_id ${text};
ALTER TABLE cdr ADD COLUMN charged_to ${text};
ALTER TABLE cdr ADD COLUMN released_alone SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE cdr_archive ADD COLUMN call_id ${text};
ALTER TABLE cdr_archive ADD COLUMN charged_to ${text};
ALTER TABLE cdr_archive ADD COLUMN released_alone SMALLINT DEFAULT 0 NOT NULL;

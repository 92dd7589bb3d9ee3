-- An import's run as every instance sees it (issue 13): since when it runs, to refuse a second run of the same file
-- from another instance; its progress is written in its report while it runs.
ALTER TABLE appointment_import ADD COLUMN running_since TIMESTAMPTZ;

-- Which submissions a staff page or download showed: the queue page's rows, a search's hits, an
-- export's every row. The count is kept apart so that the audit page need not unpack the list.
-- The append-only trigger of V4 covers these columns like every other.
ALTER TABLE audit_event ADD COLUMN submission_ids UUID[];
ALTER TABLE audit_event ADD COLUMN submission_count INTEGER;

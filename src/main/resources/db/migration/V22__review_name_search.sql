-- Name search is a case-insensitive substring match, lower(contact_name) LIKE '%...%'. A trigram
-- index makes it fast, but pg_trgm is a contrib module that a managed or minimal PostgreSQL may
-- lack, or may not let us create. Then the search still works, as a scan, and the migration must
-- not fail: hence the exception handler.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX submission_contact_name_trgm_idx ON submission USING gin (lower(contact_name) gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm unavailable (%): name search will scan', SQLERRM;
END
$$;

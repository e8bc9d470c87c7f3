-- Every instance keeps the rendered public FAQ in memory. Any change to what the public page shows,
-- from the editor or from plain SQL, tells all instances through NOTIFY, delivered at commit.
CREATE FUNCTION notify_faq_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('faq_changed', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER faq_entry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON faq_entry
    FOR EACH STATEMENT EXECUTE FUNCTION notify_faq_changed();
CREATE TRIGGER faq_translation_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON faq_translation
    FOR EACH STATEMENT EXECUTE FUNCTION notify_faq_changed();

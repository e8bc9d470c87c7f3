-- The audit trail is append-only for everyone but the schema's owner (who runs these migrations):
-- V4's row trigger already refuses UPDATE and DELETE; this also refuses TRUNCATE, which row
-- triggers do not see, and takes the rights themselves away from every other role, so that the
-- app's role gets "permission denied" rather than depending on a trigger its owner could drop.
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

DO $$
DECLARE
    grantee_name TEXT;
BEGIN
    FOR grantee_name IN
        SELECT DISTINCT CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(acl.grantee)) END
        FROM pg_class c, aclexplode(c.relacl) acl
        WHERE c.oid = 'audit_event'::regclass
          AND acl.grantee <> c.relowner
          AND acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ' || grantee_name;
    END LOOP;
END $$;

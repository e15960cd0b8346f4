-- Flyway runs this after every migrate, even one with nothing to apply, as the role that migrates (the schema's
-- owner). It gives the runtime role the service serves as (${runtime_role}) the data and nothing else: DML on every
-- table and sequence, read-only on Flyway's history (the serving pods validate it), and no CREATE, ALTER or DROP,
-- since only an object's owner may alter or drop it. Where that role does not exist (locally, in tests) it does
-- nothing, unless ${runtime_role_required} (the Kubernetes migration Job): then it fails, so the Job retries until
-- the role exists instead of leaving the serving pods without their grants. Every statement is idempotent.
DO $$
DECLARE
    runtime_role text := '${runtime_role}';
    target_schema text := '${flyway:defaultSchema}';
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = runtime_role) THEN
        IF ${runtime_role_required} THEN
            RAISE EXCEPTION 'the runtime role % does not exist yet', runtime_role;
        END IF;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', target_schema, runtime_role);
    -- TRUNCATE: insights-service empties its projection for a rebuild.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %I TO %I',
                   target_schema, runtime_role);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', target_schema, runtime_role);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', target_schema, runtime_role);
    -- The same for what the owner creates later outside a migrate (the next migrate grants it anyway).
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO %I',
                   target_schema, runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
                   target_schema, runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT EXECUTE ON FUNCTIONS TO %I', target_schema, runtime_role);
    -- The migration history is the migrator's alone.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.%I FROM %I', target_schema, '${flyway:table}',
                   runtime_role);
END
$$;

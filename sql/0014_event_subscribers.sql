-- Subscribers in the database and readiness: a role for dashboards that follow
-- the event log straight from PostgreSQL (LISTEN cpe_runs_events, then
-- read_run_events; docs/events.md) and may read every user's events and nothing
-- else; and the list of applied migrations for the API's readiness check.
--
-- The role's name comes from the setting cpe_runs.subscriber_role of the
-- migrating session (cpe-runs migrate passes CPE_RUNS_SUBSCRIBER_ROLE); it is
-- created when missing, like the API and worker roles of 0007.

-- depends: 0007_tenant_isolation

-- The ids of the migrations applied to this database (yoyo's own table), for
-- GET /api/ready; the API role may not read that table itself.
CREATE FUNCTION applied_migrations() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT migration_id FROM _yoyo_migration ORDER BY migration_id
$$;
REVOKE EXECUTE ON FUNCTION applied_migrations() FROM PUBLIC;

DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
  v_subscriber text := coalesce(
    nullif(current_setting('cpe_runs.subscriber_role', true), ''), 'cpe_runs_subscriber');
BEGIN
  EXECUTE format('GRANT EXECUTE ON FUNCTION applied_migrations() TO %I', v_api);

  -- Dashboards log in as this role, or as roles that are its members. LISTEN
  -- needs no privilege; reading the log needs the schema, the table and a policy
  -- that shows every user's events (row-level security is on for run_events).
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_subscriber) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', v_subscriber);
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', v_subscriber);
  EXECUTE format('GRANT SELECT ON run_events TO %I', v_subscriber);
  EXECUTE format(
    'CREATE POLICY run_events_subscriber ON run_events FOR SELECT TO %I USING (true)',
    v_subscriber);
END
$$;

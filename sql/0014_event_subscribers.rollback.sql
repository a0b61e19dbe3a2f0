-- Undo 0014. The subscriber role stays: roles belong to the whole PostgreSQL
-- server, and other databases of it may still grant it privileges.

DO $$
DECLARE
  v_subscriber text := coalesce(
    nullif(current_setting('cpe_runs.subscriber_role', true), ''), 'cpe_runs_subscriber');
BEGIN
  EXECUTE format('REVOKE SELECT ON run_events FROM %I', v_subscriber);
  EXECUTE format('REVOKE USAGE ON SCHEMA public FROM %I', v_subscriber);
END
$$;
DROP POLICY run_events_subscriber ON run_events;
DROP FUNCTION applied_migrations();

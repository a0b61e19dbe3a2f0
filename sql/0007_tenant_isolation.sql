-- Tenant isolation in the database itself: row-level security on every
-- user-owned table, keyed by the user each API transaction sets with
-- set_config('cpe_runs.user_id', ..., true); an API role and a worker role
-- that own nothing and hold only the privileges they use. A forgotten WHERE
-- in the application cannot leak another user's rows.
--
-- Role names come from the settings cpe_runs.api_role and cpe_runs.worker_role
-- of the migrating session (cpe-runs migrate passes CPE_RUNS_API_ROLE and
-- CPE_RUNS_WORKER_ROLE); the roles are created when missing, so a managed
-- PostgreSQL whose migrating user may not create roles works with roles an
-- operator made beforehand.

-- depends: 0003_auth

-- The user the current transaction acts for (NULL: nobody, so no rows).
CREATE FUNCTION app_user_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
RETURN nullif(current_setting('cpe_runs.user_id', true), '')::uuid;

-- Stream tickets are issued through this function: the API role never reads tokens.
CREATE FUNCTION issue_stream_ticket(p_token_id uuid, p_hash bytea, p_seconds integer)
RETURNS timestamptz
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM stream_tickets WHERE expires_at < now() - interval '1 hour';
  INSERT INTO stream_tickets (ticket_hash, token_id, expires_at)
  VALUES (p_hash, p_token_id, now() + make_interval(secs => p_seconds))
  RETURNING expires_at;
$$;

-- Authentication happens before any user is known, so these run as the owner.
ALTER FUNCTION authenticate_token(bytea) SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION authenticate_ticket(bytea) SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION token_is_live(uuid) SECURITY DEFINER SET search_path = public, pg_temp;
-- Servers prune the event log for everyone; nothing else may delete events.
ALTER FUNCTION prune_run_events(interval) SECURITY DEFINER SET search_path = public, pg_temp;

DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
  v_worker text := coalesce(nullif(current_setting('cpe_runs.worker_role', true), ''), 'cpe_runs_worker');
  v_table text;
  v_owned constant text[] := ARRAY[
    'users', 'templates', 'template_fields', 'extraction_jobs', 'job_runs', 'source_files',
    'file_chunks', 'extraction_tasks', 'result_rows', 'run_events', 'api_tokens', 'stream_tickets'
  ];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_api) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', v_api);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_worker) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', v_worker);
  END IF;
  -- The migrating user (who the server logs in as) switches to these roles.
  EXECUTE format('GRANT %I, %I TO CURRENT_USER', v_api, v_worker);
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I', v_api, v_worker);

  FOREACH v_table IN ARRAY v_owned LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
    EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', v_table);
  END LOOP;

  -- The API: everything a user does to their own sheets.
  EXECUTE format('GRANT SELECT ON users, templates, template_fields TO %I', v_api);
  EXECUTE format(
    'GRANT SELECT, INSERT, UPDATE, DELETE ON extraction_jobs, job_runs, source_files, file_chunks,'
    ' extraction_tasks, result_rows TO %I', v_api);
  EXECUTE format('GRANT SELECT, INSERT ON run_events TO %I', v_api);

  EXECUTE format('CREATE POLICY users_api ON users TO %I USING (id = (SELECT app_user_id()))', v_api);
  EXECUTE format(
    'CREATE POLICY templates_api ON templates TO %I'
    ' USING (is_public OR user_id = (SELECT app_user_id()))', v_api);
  EXECUTE format(
    'CREATE POLICY template_fields_api ON template_fields TO %I'
    ' USING (EXISTS (SELECT 1 FROM templates t WHERE t.id = template_id))', v_api);
  EXECUTE format(
    'CREATE POLICY extraction_jobs_api ON extraction_jobs TO %I'
    ' USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()))',
    v_api);
  -- A sheet's rows are visible when the sheet is (the subquery obeys the jobs policy).
  FOREACH v_table IN ARRAY ARRAY['job_runs', 'source_files', 'result_rows'] LOOP
    EXECUTE format(
      'CREATE POLICY %I ON %I TO %I'
      ' USING (EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.id = job_id))',
      v_table || '_api', v_table, v_api);
  END LOOP;
  EXECUTE format(
    'CREATE POLICY extraction_tasks_api ON extraction_tasks TO %I'
    ' USING (EXISTS (SELECT 1 FROM job_runs r WHERE r.id = run_id))', v_api);
  EXECUTE format(
    'CREATE POLICY file_chunks_api ON file_chunks TO %I'
    ' USING (EXISTS (SELECT 1 FROM source_files f WHERE f.id = file_id))', v_api);
  EXECUTE format(
    'CREATE POLICY run_events_api ON run_events TO %I'
    ' USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()))',
    v_api);

  -- Workers act for every user, but only on what extraction touches.
  EXECUTE format('GRANT SELECT ON templates, template_fields, file_chunks TO %I', v_worker);
  EXECUTE format('GRANT SELECT, UPDATE ON extraction_tasks, source_files, extraction_jobs TO %I',
    v_worker);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE ON job_runs TO %I', v_worker);
  EXECUTE format('GRANT INSERT ON result_rows, run_events TO %I', v_worker);
  FOREACH v_table IN ARRAY ARRAY[
    'templates', 'template_fields', 'file_chunks', 'extraction_tasks', 'source_files',
    'extraction_jobs', 'job_runs', 'result_rows', 'run_events'
  ] LOOP
    EXECUTE format('CREATE POLICY %I ON %I TO %I USING (true) WITH CHECK (true)',
      v_table || '_worker', v_table, v_worker);
  END LOOP;
END
$$;

-- Task throughput: less work in the hot path, every guarantee kept.
-- - claim_tasks no longer sweeps abandoned tasks on every claim: the workers call
--   fail_abandoned_tasks on a timer, and when an expired lease is what they wait for.
-- - At most one NOTIFY per transaction: only a transaction's first event announces
--   (the hub reads every final event on any notification, and a transaction's
--   events become final together), so a claim or report of many files is one
--   notifying commit with one notification, not one per file.
-- - File events are written per statement (transition tables): one INSERT into
--   run_events for all the files a claim or a report changes, not one per file.

-- depends: 0008_fair_claims

-- Write one event; the transaction's first also wakes the listeners (the
-- notification carries ids only, those of that first event).
CREATE OR REPLACE FUNCTION emit_run_event(
  p_type text, p_job_id uuid, p_run_id uuid, p_user_id uuid, p_payload jsonb
) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_seq bigint := next_event_seq();
BEGIN
  INSERT INTO run_events (seq, job_id, run_id, user_id, type, payload)
  VALUES (v_seq, p_job_id, p_run_id, p_user_id, p_type, p_payload);
  PERFORM announce_run_event(v_seq, p_type, p_job_id, p_run_id, p_user_id);
  RETURN v_seq;
END
$$;

-- NOTIFY for the event numbered p_seq when it is its transaction's first (the
-- low 20 bits of a seq count the transaction's events); later ones stay quiet.
CREATE FUNCTION announce_run_event(
  p_seq bigint, p_type text, p_job_id uuid, p_run_id uuid, p_user_id uuid
) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF p_seq & 1048575 = 0 THEN
    PERFORM pg_notify('cpe_runs_events', json_build_object(
      'seq', p_seq, 'type', p_type, 'job_id', p_job_id, 'run_id', p_run_id, 'user_id', p_user_id
    )::text);
  END IF;
END
$$;

-- p_count consecutive seqs for this transaction's next events; returns the first.
CREATE FUNCTION next_event_seqs(p_count integer) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_n integer := coalesce(nullif(current_setting('cpe_runs.event_n', true), ''), '0')::integer;
BEGIN
  IF v_n + p_count > 1048576 THEN
    RAISE EXCEPTION 'more than 1048576 events in one transaction' USING ERRCODE = 'CR009';
  END IF;
  PERFORM set_config('cpe_runs.event_n', (v_n + p_count)::text, true);
  RETURN (pg_current_xact_id()::text::bigint << 20) + v_n;
END
$$;

-- The file_status events of one statement's changed files (p_files: id, job_id,
-- run_id, name, status, error as JSON objects), in one INSERT.
CREATE FUNCTION emit_file_events(p_files jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_count integer := jsonb_array_length(p_files);
  v_first bigint;
BEGIN
  IF v_count = 0 THEN
    RETURN;
  END IF;
  v_first := next_event_seqs(v_count);
  INSERT INTO run_events (seq, job_id, run_id, user_id, type, payload)
  SELECT v_first + f.n - 1, (f.e->>'job_id')::uuid, (f.e->>'run_id')::uuid,
         job_user_id((f.e->>'job_id')::uuid), 'file_status', f.e - 'id' || jsonb_build_object(
           'file_id', f.e->'id')
    FROM jsonb_array_elements(p_files) WITH ORDINALITY AS f(e, n);
  PERFORM announce_run_event(v_first, 'file_status', (p_files->0->>'job_id')::uuid,
                             (p_files->0->>'run_id')::uuid,
                             job_user_id((p_files->0->>'job_id')::uuid));
END
$$;

-- File events, per statement: inserted files (not those still uploading).
CREATE FUNCTION tg_source_files__inserted_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM emit_file_events(coalesce(jsonb_agg(jsonb_build_object(
    'id', n.id, 'job_id', n.job_id, 'run_id', n.run_id, 'name', n.name,
    'status', n.status, 'error', n.error)), '[]'))
    FROM new_files n WHERE n.status <> 'uploading';
  RETURN NULL;
END
$$;

-- Files whose status changed (to anything but uploading).
CREATE FUNCTION tg_source_files__updated_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM emit_file_events(coalesce(jsonb_agg(jsonb_build_object(
    'id', n.id, 'job_id', n.job_id, 'run_id', n.run_id, 'name', n.name,
    'status', n.status, 'error', n.error)), '[]'))
    FROM new_files n JOIN old_files o ON o.id = n.id
   WHERE n.status IS DISTINCT FROM o.status AND n.status <> 'uploading';
  RETURN NULL;
END
$$;

-- Deleted files: status 'deleted'; none for a file still uploading (it never had
-- an event) or deleted with its sheet (sheet_deleted says it).
CREATE FUNCTION tg_source_files__deleted_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM emit_file_events(coalesce(jsonb_agg(jsonb_build_object(
    'id', o.id, 'job_id', o.job_id, 'run_id', o.run_id, 'name', o.name,
    'status', 'deleted', 'error', o.error)), '[]'))
    FROM old_files o
   WHERE o.status <> 'uploading'
     AND EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.id = o.job_id);
  RETURN NULL;
END
$$;

DROP TRIGGER _400_events ON source_files;
DROP FUNCTION tg_source_files__events();
CREATE TRIGGER _400_inserted_events AFTER INSERT ON source_files
  REFERENCING NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__inserted_events();
CREATE TRIGGER _400_updated_events AFTER UPDATE ON source_files
  REFERENCING OLD TABLE AS old_files NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__updated_events();
CREATE TRIGGER _400_deleted_events AFTER DELETE ON source_files
  REFERENCING OLD TABLE AS old_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__deleted_events();

-- Claim up to p_limit ready tasks for p_worker: queued tasks that are due, and
-- tasks whose worker's lease expired. Each claim is a new attempt. Only tasks
-- of runs in progress are handed out; concurrent callers never get the same task.
--
-- Turns: a user's k-th ready task takes turn (tasks the user has running under a
-- live lease) + k, and within the user a sheet's k-th takes (the sheet's running)
-- + k; the lowest user turns go first (ties: the task that has waited longest). So
-- the next free slot goes to the user with the least running, and among that
-- user's sheets to the one with the least running: round-robin across users,
-- then sheets, whatever the size of their batches.
--
-- The bytes of files up to p_inline_bytes come along (a round trip less per
-- task); data is NULL for larger or damaged files: read_file_bytes says more.
-- Tasks abandoned on their last attempt are failed by fail_abandoned_tasks,
-- which workers call on a timer (0016), not here.
CREATE OR REPLACE FUNCTION claim_tasks(
  p_worker text, p_limit integer, p_lease_seconds double precision,
  p_inline_bytes bigint DEFAULT 1048576
)
RETURNS TABLE (
  task_id uuid, run_id uuid, job_id uuid, file_id uuid, attempt integer,
  file_name text, content_type text, template_id uuid, data bytea
)
LANGUAGE plpgsql AS $$
DECLARE
  v_candidates uuid[];
  v_ids uuid[];
BEGIN
  WITH active AS (
    SELECT r.id AS run_id, r.job_id, j.user_id
      FROM job_runs r JOIN extraction_jobs j ON j.id = r.job_id
     WHERE r.status = 'in_progress'
  ), running AS (
    SELECT t.run_id, count(*) AS n
      FROM extraction_tasks t
     WHERE t.status = 'running' AND t.lease_expires_at >= now()
     GROUP BY t.run_id
  ), loads AS (
    SELECT a.run_id, a.job_id, a.user_id,
           sum(coalesce(n.n, 0)) OVER (PARTITION BY a.job_id) AS sheet_load,
           sum(coalesce(n.n, 0)) OVER (PARTITION BY a.user_id) AS user_load
      FROM active a LEFT JOIN running n ON n.run_id = a.run_id
  ), ready AS (
    -- Enough of each run's oldest ready tasks to fill the claim even when
    -- concurrent claimers hold the first ones.
    SELECT l.job_id, l.user_id, l.user_load, c.id, c.since,
           l.sheet_load + row_number() OVER (PARTITION BY l.job_id ORDER BY c.since, c.id)
             AS sheet_turn
      FROM loads l CROSS JOIN LATERAL (
        (SELECT t.id, t.lease_expires_at AS since FROM extraction_tasks t
          WHERE t.run_id = l.run_id AND t.status = 'running' AND t.lease_expires_at < now()
            AND t.attempts < t.max_attempts
          ORDER BY t.lease_expires_at LIMIT p_limit * 4)
        UNION ALL
        (SELECT t.id, t.run_after FROM extraction_tasks t
          WHERE t.run_id = l.run_id AND t.status = 'queued' AND t.run_after <= now()
          ORDER BY t.run_after, t.id LIMIT p_limit * 4)
      ) c
  ), turns AS (
    SELECT r.id, r.since,
           r.user_load + row_number() OVER (PARTITION BY r.user_id ORDER BY r.sheet_turn, r.since, r.id)
             AS user_turn
      FROM ready r
  )
  SELECT array_agg(t.id ORDER BY t.user_turn, t.since, t.id) INTO v_candidates
    FROM turns t;
  IF v_candidates IS NULL THEN
    RETURN;
  END IF;

  -- In turn order, skipping what concurrent claimers hold; the conditions are
  -- checked again on the locked row.
  SELECT coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
    SELECT t.id FROM unnest(v_candidates) WITH ORDINALITY AS c(id, turn)
      JOIN extraction_tasks t ON t.id = c.id
     WHERE (t.status = 'queued' AND t.run_after <= now())
        OR (t.status = 'running' AND t.lease_expires_at < now() AND t.attempts < t.max_attempts)
     ORDER BY c.turn
     LIMIT p_limit
       FOR NO KEY UPDATE OF t SKIP LOCKED
  ) s;
  IF cardinality(v_ids) < p_limit THEN
    -- Concurrent claimers hold every candidate: take what else is ready, oldest
    -- first, so that a claim never comes back short while a task is free.
    SELECT v_ids || coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
      SELECT t.id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
       WHERE t.status = 'queued' AND t.run_after <= now() AND r.status = 'in_progress'
         AND t.id <> ALL (v_ids)
       ORDER BY t.run_after
       LIMIT p_limit - cardinality(v_ids)
         FOR NO KEY UPDATE OF t SKIP LOCKED
    ) s;
  END IF;
  IF cardinality(v_ids) = 0 THEN
    RETURN;
  END IF;

  RETURN QUERY
  WITH claimed AS (
    UPDATE extraction_tasks t
       SET status = 'running', attempts = t.attempts + 1, worker_id = p_worker,
           lease_expires_at = now() + make_interval(secs => p_lease_seconds),
           started_at = now()
     WHERE t.id = ANY (v_ids)
    RETURNING t.id, t.run_id, t.file_id, t.attempts
  ), processing AS (
    UPDATE source_files f SET status = 'processing'
      FROM claimed c
     WHERE f.id = c.file_id AND f.status <> 'processing'
  )
  SELECT c.id, c.run_id, r.job_id, c.file_id, c.attempts, f.name, f.content_type, r.template_id,
         CASE WHEN f.size_bytes <= p_inline_bytes THEN intact_file_bytes(f) END
    FROM claimed c
    JOIN job_runs r ON r.id = c.run_id
    JOIN source_files f ON f.id = c.file_id;
END
$$;

-- Undo 0016: claims sweep abandoned tasks again (claim_tasks as 0008 made it), every
-- event notifies, and file events are written row by row (as 0002 made them).

DROP TRIGGER _400_inserted_events ON source_files;
DROP TRIGGER _400_updated_events ON source_files;
DROP TRIGGER _400_deleted_events ON source_files;
DROP FUNCTION tg_source_files__inserted_events();
DROP FUNCTION tg_source_files__updated_events();
DROP FUNCTION tg_source_files__deleted_events();
DROP FUNCTION emit_file_events(jsonb);
DROP FUNCTION next_event_seqs(integer);

-- Write one event and wake the listeners (the notification carries ids only).
CREATE OR REPLACE FUNCTION emit_run_event(
  p_type text, p_job_id uuid, p_run_id uuid, p_user_id uuid, p_payload jsonb
) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_seq bigint := next_event_seq();
BEGIN
  INSERT INTO run_events (seq, job_id, run_id, user_id, type, payload)
  VALUES (v_seq, p_job_id, p_run_id, p_user_id, p_type, p_payload);
  PERFORM pg_notify('cpe_runs_events', json_build_object(
    'seq', v_seq, 'type', p_type, 'job_id', p_job_id, 'run_id', p_run_id, 'user_id', p_user_id
  )::text);
  RETURN v_seq;
END
$$;

DROP FUNCTION announce_run_event(bigint, text, uuid, uuid, uuid);

CREATE FUNCTION tg_source_files__events() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_file source_files := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  v_status text := CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE NEW.status END;
  v_user uuid;
BEGIN
  -- A file still uploading is no news: its event comes when the upload finishes
  -- (uploading -> uploaded), and one discarded or swept never had any.
  IF v_file.status = 'uploading' THEN
    RETURN NULL;
  END IF;
  v_user := job_user_id(v_file.job_id);
  -- A file deleted with its sheet needs no event of its own: sheet_deleted says it.
  IF TG_OP = 'DELETE' AND v_user IS NULL
     AND NOT EXISTS (SELECT 1 FROM extraction_jobs WHERE id = v_file.job_id) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NULL;
  END IF;
  PERFORM emit_run_event('file_status', v_file.job_id, v_file.run_id, v_user, jsonb_build_object(
    'file_id', v_file.id, 'run_id', v_file.run_id, 'job_id', v_file.job_id,
    'name', v_file.name, 'status', v_status, 'error', v_file.error
  ));
  RETURN NULL;
END
$$;
CREATE TRIGGER _400_events AFTER INSERT OR UPDATE OF status OR DELETE ON source_files
  FOR EACH ROW EXECUTE FUNCTION tg_source_files__events();

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
  PERFORM fail_abandoned_tasks();
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

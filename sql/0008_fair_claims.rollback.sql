-- Undo 0008: claims first come, first served again (claim_tasks as 0004 made it).

-- Claim up to p_limit ready tasks for p_worker: queued tasks that are due, and
-- tasks whose worker's lease expired. Each claim is a new attempt. Only tasks
-- of runs in progress are handed out; concurrent callers never get the same task.
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
  v_ids uuid[];
  v_more uuid[];
BEGIN
  PERFORM fail_abandoned_tasks();
  -- Taken-back leases first: those files have waited longest.
  SELECT coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
    SELECT t.id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
     WHERE t.status = 'running' AND t.lease_expires_at < now()
       AND t.attempts < t.max_attempts AND r.status = 'in_progress'
     ORDER BY t.lease_expires_at
     LIMIT p_limit
       FOR NO KEY UPDATE OF t SKIP LOCKED
  ) s;
  IF cardinality(v_ids) < p_limit THEN
    SELECT coalesce(array_agg(s.id), '{}') INTO v_more FROM (
      SELECT t.id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
       WHERE t.status = 'queued' AND t.run_after <= now() AND r.status = 'in_progress'
       ORDER BY t.run_after
       LIMIT p_limit - cardinality(v_ids)
         FOR NO KEY UPDATE OF t SKIP LOCKED
    ) s;
    v_ids := v_ids || v_more;
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

DROP INDEX extraction_tasks_run_id_queued_idx;
DROP INDEX job_runs_in_progress_idx;

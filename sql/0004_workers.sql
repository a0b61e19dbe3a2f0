-- Workers: claim ready tasks with FOR UPDATE SKIP LOCKED under a lease, renew
-- the lease while extracting, retry with backoff, hand tasks back on a graceful
-- shutdown, and fail a task its workers keep dying on, so that every run ends.
-- Outcomes still go through increment_task_completion (0002), which ignores a
-- stale attempt: a worker whose lease was taken over cannot count twice.
--
-- Lock order, as in 0002: run, then task, then file. Functions that lock tasks
-- without their run (claim, renew, release) never wait for a task lock.

-- depends: 0003_auth

-- Fail the tasks whose lease expired after their last allowed attempt (their
-- workers keep dying on them): nobody will claim them again, and their run
-- must still end. Returns how many it failed.
CREATE FUNCTION fail_abandoned_tasks(p_limit integer DEFAULT 100) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_candidate record;
  v_task extraction_tasks;
  v_count integer := 0;
BEGIN
  -- Sorted like increment_task_completions, so that concurrent callers lock runs in one order.
  FOR v_candidate IN
    SELECT t.id, t.run_id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
     WHERE t.status = 'running' AND t.lease_expires_at < now()
       AND t.attempts >= t.max_attempts AND r.status = 'in_progress'
     ORDER BY t.run_id, t.id
     LIMIT p_limit
  LOOP
    PERFORM 1 FROM job_runs r WHERE r.id = v_candidate.run_id FOR NO KEY UPDATE;
    SELECT * INTO v_task FROM extraction_tasks t
     WHERE t.id = v_candidate.id AND t.status = 'running' AND t.lease_expires_at < now()
       AND t.attempts >= t.max_attempts
       FOR NO KEY UPDATE;
    CONTINUE WHEN NOT FOUND;  -- another caller got there first
    PERFORM increment_task_completion(v_task.id, v_task.attempts, '[]',
      -- A failed earlier attempt left last_error; without one, every attempt died.
      CASE WHEN v_task.last_error IS NULL THEN
        format('the worker processing it stopped %s %s (lease expired)',
               v_task.attempts, CASE WHEN v_task.attempts = 1 THEN 'time' ELSE 'times' END)
      ELSE
        format('the worker processing its last attempt (%s of %s) stopped (lease expired); '
               'an earlier attempt failed with: %s',
               v_task.attempts, v_task.max_attempts, v_task.last_error)
      END);
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$$;

-- The bytes of an uploaded file, or NULL when they are missing or damaged (their
-- length or sha256 differs from what the upload recorded).
CREATE FUNCTION intact_file_bytes(p_file source_files) RETURNS bytea
LANGUAGE sql STABLE AS $$
  SELECT b.data
    FROM (SELECT coalesce(string_agg(c.data, ''::bytea ORDER BY c.chunk_no), ''::bytea) AS data
            FROM file_chunks c WHERE c.file_id = p_file.id) b
   WHERE octet_length(b.data) = p_file.size_bytes
     AND (p_file.sha256 IS NULL OR encode(sha256(b.data), 'hex') = p_file.sha256)
$$;

-- Claim up to p_limit ready tasks for p_worker: queued tasks that are due, and
-- tasks whose worker's lease expired. Each claim is a new attempt. Only tasks
-- of runs in progress are handed out; concurrent callers never get the same task.
-- The bytes of files up to p_inline_bytes come along (a round trip less per
-- task); data is NULL for larger or damaged files: read_file_bytes says more.
CREATE FUNCTION claim_tasks(
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

-- Extend the leases p_worker still holds (task and attempt both match) and
-- return those tasks; the worker drops the ones missing (taken over, failed,
-- cancelled). A task locked right now (being reported) keeps its lease this
-- time and is still returned: a heartbeat never waits.
CREATE FUNCTION renew_leases(
  p_worker text, p_task_ids uuid[], p_attempts integer[], p_lease_seconds double precision
) RETURNS SETOF uuid
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE extraction_tasks t
     SET lease_expires_at = now() + make_interval(secs => p_lease_seconds)
   WHERE t.id IN (
     SELECT l.id FROM extraction_tasks l
       JOIN unnest(p_task_ids, p_attempts) AS h(id, attempt)
         ON h.id = l.id AND h.attempt = l.attempts
      WHERE l.status = 'running' AND l.worker_id = p_worker
        FOR NO KEY UPDATE OF l SKIP LOCKED
   );
  RETURN QUERY
    SELECT t.id FROM extraction_tasks t
      JOIN unnest(p_task_ids, p_attempts) AS h(id, attempt)
        ON h.id = t.id AND h.attempt = t.attempts
     WHERE t.status = 'running' AND t.worker_id = p_worker;
END
$$;

-- An attempt failed in a way worth trying again: requeue the task after
-- p_delay_seconds while attempts remain (outcome 'retrying'), otherwise fail it
-- with p_error through increment_task_completion. A stale or duplicate report
-- changes nothing; the outcome says which (see increment_task_completion).
CREATE FUNCTION retry_task(
  p_task_id uuid, p_attempt integer, p_error text, p_delay_seconds double precision
) RETURNS TABLE (outcome text, run_id uuid, run_status run_status)
LANGUAGE plpgsql AS $$
DECLARE
  v_task extraction_tasks;
  v_run job_runs;
BEGIN
  SELECT r.* INTO v_run FROM job_runs r
   WHERE r.id = (SELECT t.run_id FROM extraction_tasks t WHERE t.id = p_task_id)
     FOR NO KEY UPDATE;
  SELECT t.* INTO v_task FROM extraction_tasks t WHERE t.id = p_task_id FOR NO KEY UPDATE;
  IF v_task.status = 'queued' AND v_task.attempts = p_attempt THEN
    -- Already requeued by an earlier report of this attempt.
    RETURN QUERY SELECT 'stale_attempt', v_run.id, v_run.status;
    RETURN;
  ELSIF v_task.status IS DISTINCT FROM 'running' OR v_task.attempts <> p_attempt
     OR v_task.attempts >= v_task.max_attempts OR v_run.status <> 'in_progress' THEN
    -- The last attempt, or a report increment_task_completion turns away.
    RETURN QUERY SELECT * FROM increment_task_completion(p_task_id, p_attempt, '[]', p_error);
    RETURN;
  END IF;
  UPDATE extraction_tasks t
     SET status = 'queued', lease_expires_at = NULL, last_error = p_error,
         run_after = now() + make_interval(secs => greatest(p_delay_seconds, 0))
   WHERE t.id = p_task_id;
  UPDATE source_files f SET status = 'queued' WHERE f.id = v_task.file_id;
  PERFORM pg_notify('cpe_runs_tasks', v_run.id::text);
  RETURN QUERY SELECT 'retrying', v_run.id, v_run.status;
END
$$;

-- Graceful shutdown: hand the tasks back unfinished. The attempt does not
-- count (attempts - 1), the lease is cleared and the task is ready at once.
-- Returns the tasks released (those still held at that attempt).
CREATE FUNCTION release_tasks(p_task_ids uuid[], p_attempts integer[]) RETURNS SETOF uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_released record;
BEGIN
  FOR v_released IN
    UPDATE extraction_tasks t
       SET status = 'queued', attempts = t.attempts - 1, lease_expires_at = NULL,
           run_after = now()
      FROM unnest(p_task_ids, p_attempts) AS h(id, attempt)
     WHERE t.id = h.id AND t.attempts = h.attempt AND t.status = 'running'
    RETURNING t.id, t.run_id, t.file_id
  LOOP
    UPDATE source_files f SET status = 'queued'
     WHERE f.id = v_released.file_id AND f.status = 'processing';
    -- Notifications with equal payloads fold into one per transaction.
    PERFORM pg_notify('cpe_runs_tasks', v_released.run_id::text);
    RETURN NEXT v_released.id;
  END LOOP;
END
$$;

-- The bytes of an uploaded file, checked against its recorded size and sha256;
-- refuses (CR040) bytes that are missing or damaged.
CREATE FUNCTION read_file_bytes(p_file_id uuid) RETURNS bytea
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_file source_files;
  v_data bytea;
  v_found bigint;
BEGIN
  SELECT * INTO v_file FROM source_files f WHERE f.id = p_file_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % does not exist', p_file_id USING ERRCODE = 'CR004';
  END IF;
  v_data := intact_file_bytes(v_file);
  IF v_data IS NOT NULL THEN
    RETURN v_data;
  END IF;
  SELECT coalesce(sum(octet_length(c.data)), 0) INTO v_found
    FROM file_chunks c WHERE c.file_id = p_file_id;
  RAISE EXCEPTION 'the stored file cannot be read: %', CASE
    WHEN v_found <> v_file.size_bytes
      THEN format('%s of its %s bytes are there', v_found, v_file.size_bytes)
    ELSE 'its bytes do not match its sha256' END
    USING ERRCODE = 'CR040', DETAIL = p_file_id::text;
END
$$;

-- The fields of a run's template, in display order (none for a run without one).
CREATE FUNCTION run_template_fields(p_run_id uuid)
RETURNS TABLE (field_name text, data_type text, prompt text, display_order integer)
LANGUAGE sql STABLE AS $$
  SELECT f.field_name, f.data_type, f.prompt, f.display_order
    FROM job_runs r JOIN template_fields f ON f.template_id = r.template_id
   WHERE r.id = p_run_id
   ORDER BY f.display_order, f.field_name
$$;

-- Seconds until the next task falls due (a delayed retry, or a lease that will
-- expire), NULL when none will: an idle worker sleeps that long at most.
CREATE FUNCTION next_task_due() RETURNS double precision
LANGUAGE sql STABLE
RETURN extract(epoch FROM least(
  (SELECT min(t.run_after) FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
    WHERE t.status = 'queued' AND r.status = 'in_progress'),
  (SELECT min(t.lease_expires_at) FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
    WHERE t.status = 'running' AND r.status = 'in_progress')
) - clock_timestamp());

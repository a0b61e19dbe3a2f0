-- Undo 0026: claim_tasks as 0016 made it, record_task_outcomes as 0019 made it, the
-- count functions as 0025 made them, the due-time index as 0002 made it.

DROP INDEX extraction_tasks_queued_idx;
CREATE INDEX extraction_tasks_queued_idx ON extraction_tasks (run_after) WHERE status = 'queued';

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

DROP FUNCTION claimable_tasks_of_run(uuid, integer, boolean);
DROP FUNCTION claimable_tasks_in_turn(uuid[], integer);

-- The work of increment_task_completions once its runs are chosen: p_locked are
-- the runs whose row lock this transaction holds (counted into their row, with
-- their deltas); the others get a delta and an unfinished task locked, or, when
-- that cannot be done without waiting, CR019 (the caller undoes and waits).
-- Returns the judged reports as JSON (task_id, outcome, run_id, n).
CREATE OR REPLACE FUNCTION record_task_outcomes(p_reports jsonb, p_task_ids uuid[], p_locked uuid[])
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_judged jsonb;
  v_run uuid;
  v_all_locked boolean;
BEGIN
  v_all_locked := NOT EXISTS (
    SELECT 1 FROM extraction_tasks t WHERE t.id = ANY (p_task_ids) AND t.run_id <> ALL (p_locked));
  IF v_all_locked THEN
    -- Holding the runs, waiting for their tasks keeps the lock order.
    PERFORM 1 FROM extraction_tasks t WHERE t.id = ANY (p_task_ids) ORDER BY t.id
      FOR NO KEY UPDATE;
  ELSIF (SELECT count(*) FROM extraction_tasks t WHERE t.id = ANY (p_task_ids))
        > (SELECT count(*) FROM (
             SELECT 1 FROM extraction_tasks t WHERE t.id = ANY (p_task_ids) ORDER BY t.id
               FOR NO KEY UPDATE SKIP LOCKED) s) THEN
    -- Without a run's lock this transaction never waits for a task's.
    RAISE EXCEPTION 'a task of the report is locked' USING ERRCODE = 'CR019';
  END IF;

  -- Rows, tasks and files first, so that file events precede the run's.
  WITH reports AS (
    SELECT (e->>'task_id')::uuid AS task_id, (e->>'attempt')::integer AS attempt,
           coalesce(e->'rows', '[]') AS rows, e->>'error' AS error, n,
           min(n) OVER (PARTITION BY e->>'task_id') AS first_n
      FROM jsonb_array_elements(p_reports) WITH ORDINALITY AS x(e, n)
  ), judged AS (
    SELECT rp.task_id, rp.rows, rp.error, rp.n, t.run_id, t.file_id, r.job_id,
           CASE
             WHEN t.id IS NULL THEN 'unknown_task'
             WHEN rp.n <> rp.first_n OR t.status IN ('completed', 'failed') THEN 'duplicate'
             -- Another claim took the task over, or this attempt was requeued or released.
             WHEN t.attempts <> rp.attempt OR t.status = 'queued' THEN 'stale_attempt'
             WHEN r.status <> 'in_progress' OR t.status = 'cancelled' THEN 'run_not_in_progress'
             WHEN rp.error IS NULL THEN 'completed'
             ELSE 'failed'
           END AS outcome
      FROM reports rp
      LEFT JOIN extraction_tasks t ON t.id = rp.task_id
      LEFT JOIN job_runs r ON r.id = t.run_id
  ), counted AS (
    SELECT * FROM judged WHERE judged.outcome IN ('completed', 'failed')
  ), new_rows AS (
    INSERT INTO result_rows (job_id, run_id, task_id, file_id, position, "values")
    SELECT c.job_id, c.run_id, c.task_id, c.file_id, rr.ordinality - 1, rr.value
      FROM counted c, jsonb_array_elements(c.rows) WITH ORDINALITY AS rr
     WHERE c.outcome = 'completed'
  ), tasks_done AS (
    UPDATE extraction_tasks t
       SET status = c.outcome, lease_expires_at = NULL, finished_at = now(), last_error = c.error
      FROM counted c WHERE t.id = c.task_id
  ), files_done AS (
    UPDATE source_files f SET status = c.outcome, error = c.error
      FROM counted c WHERE f.id = c.file_id
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'task_id', j.task_id, 'outcome', j.outcome, 'run_id', j.run_id, 'n', j.n)), '[]')
    INTO v_judged
    FROM judged j;

  -- The runs held: one update each, with the deltas committed so far; with its last
  -- task counted, the final status (the fold trigger finds nothing left to fold).
  WITH own AS (
    SELECT (j->>'run_id')::uuid AS run_id,
           count(*) FILTER (WHERE j->>'outcome' = 'completed')::integer AS ok,
           count(*) FILTER (WHERE j->>'outcome' = 'failed')::integer AS fail
      FROM jsonb_array_elements(v_judged) AS j
     WHERE j->>'outcome' IN ('completed', 'failed') AND (j->>'run_id')::uuid = ANY (p_locked)
     GROUP BY 1
  ), folded AS (
    DELETE FROM run_task_counts c
     WHERE c.run_id IN (SELECT own.run_id FROM own)
    RETURNING c.run_id, c.completed, c.failed, c.row_count, c.files_processed
  ), p AS (
    SELECT s.run_id, sum(s.ok)::integer AS ok, sum(s.fail)::integer AS fail,
           sum(s.row_count)::bigint AS row_count, sum(s.files)::bigint AS files
      FROM (
        SELECT own.run_id, own.ok, own.fail, 0 AS row_count, 0 AS files FROM own
        UNION ALL
        SELECT f.run_id, f.completed, f.failed, f.row_count, f.files_processed FROM folded f
      ) s GROUP BY 1
  )
  UPDATE job_runs r
     SET tasks_completed = r.tasks_completed + p.ok,
         tasks_failed = r.tasks_failed + p.fail,
         row_count = r.row_count + p.row_count,
         files_processed = r.files_processed + p.files,
         status = CASE
           WHEN r.tasks_completed + p.ok + r.tasks_failed + p.fail < r.tasks_total THEN r.status
           WHEN r.tasks_failed + p.fail = 0 THEN 'completed'
           WHEN r.tasks_completed + p.ok = 0 THEN 'failed'
           ELSE 'partially_completed' END::run_status
    FROM p
   WHERE r.id = p.run_id;

  -- The runs not held: a delta each, and one unfinished task locked, which a later
  -- transaction must finish (after this one commits); none: CR019.
  FOR v_run IN
    SELECT (j->>'run_id')::uuid FROM jsonb_array_elements(v_judged) AS j
     WHERE j->>'outcome' IN ('completed', 'failed') AND (j->>'run_id')::uuid <> ALL (p_locked)
     GROUP BY 1 ORDER BY 1
  LOOP
    PERFORM add_run_counts(v_run,
             count(*) FILTER (WHERE j->>'outcome' = 'completed')::integer,
             count(*) FILTER (WHERE j->>'outcome' = 'failed')::integer, 0, 0)
       FROM jsonb_array_elements(v_judged) AS j
      WHERE (j->>'run_id')::uuid = v_run AND j->>'outcome' IN ('completed', 'failed');
    -- A queued task first: nobody is about to report it.
    PERFORM 1 FROM extraction_tasks t WHERE t.run_id = v_run AND t.status = 'queued'
      LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      PERFORM 1 FROM extraction_tasks t WHERE t.run_id = v_run AND t.status = 'running'
        LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'run % may end with this report', v_run USING ERRCODE = 'CR019';
      END IF;
    END IF;
  END LOOP;
  RETURN v_judged;
END
$$;

-- How many rows a run shows: the kept counts of its chain's runs and their pending
-- deltas, not a count of rows.
CREATE OR REPLACE FUNCTION count_sheet_rows(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.row_count), 0)::bigint
         + coalesce((SELECT sum(d.row_count) FROM run_task_counts d
                      WHERE d.run_id IN (SELECT run_id FROM run_chain(p_run_id))), 0)::bigint
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
);

-- How many of the files a run shows (its chain's) were extracted: kept counts and
-- pending deltas.
CREATE OR REPLACE FUNCTION count_sheet_files_processed(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.files_processed), 0)::bigint
         + coalesce((SELECT sum(d.files_processed) FROM run_task_counts d
                      WHERE d.run_id IN (SELECT run_id FROM run_chain(p_run_id))), 0)::bigint
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
);

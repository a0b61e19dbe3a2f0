-- The hot path's SQL costs what its work is: a claim of N tasks reads about N index
-- entries when one run has work ready, reports find their tasks by key, and a sheet's
-- counts walk its run chain once.
--
-- Before, every claim_tasks computed every user's load from a bitmap scan of all the
-- index entries of running tasks with a live lease: the entries of tasks finished
-- since the last vacuum too (their leases are still in the future), a few thousand
-- heap pages visited per claim in a busy run, and no scan that marks them dead. Then
-- it took each in-progress run's 4 x N oldest ready tasks, ranked them, and locked them
-- by a join the planner served with another bitmap scan of every queued task.
--
-- Now:
-- - A claim first finds the runs with work ready now (a probe of each in-progress run's
--   first due queued task, and one range scan of expired leases; plain index scans, so
--   entries of finished tasks are marked dead once and skipped after).
-- - One such run (the usual case: one batch being drained): its oldest ready tasks,
--   N of them, straight from its index, SKIP LOCKED. Fairness has nothing to decide.
-- - Several: the fair turns of 0008 as they were, but the loads (running tasks under a
--   live lease) counted per run of the users concerned, through the (run_id, status)
--   index, and the chosen tasks locked one by one by key in turn order.
-- - increment_task_completions judged its reports against a join the planner served
--   with a scan of every task (it expects a hundred reports from a JSON array): the
--   tasks are now found by key.
-- - count_sheet_rows and count_sheet_files_processed walk the run chain once, adding
--   each run's pending deltas beside its kept count.

-- depends: 0025_counts_with_deltas

-- Due queued tasks in the order they are handed out (due time, then id) in one index:
-- tasks queued by one start share their due time, and an index on it alone left the
-- planner sorting all of them to hand out the first few.
DROP INDEX extraction_tasks_queued_idx;
CREATE INDEX extraction_tasks_queued_idx ON extraction_tasks (run_after, id) WHERE status = 'queued';

-- Claim up to p_limit ready tasks for p_worker: queued tasks that are due, and
-- tasks whose worker's lease expired. Each claim is a new attempt. Only tasks
-- of runs in progress are handed out; concurrent callers never get the same task.
--
-- Turns (0008): a user's k-th ready task takes turn (tasks the user has running under
-- a live lease) + k, and within the user a sheet's k-th takes (the sheet's running) +
-- k; the lowest user turns go first (ties: the task that has waited longest). So the
-- next free slot goes to the user with the least running, and among that user's
-- sheets to the one with the least running. With one run ready, every turn is its:
-- its tasks go in the order they became ready (expired leases first).
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
  v_expired uuid[];
  v_ready uuid[];
  v_ids uuid[] := '{}';
BEGIN
  IF p_limit < 1 THEN
    RETURN;
  END IF;
  -- Runs with a lease run out on an attempt that may be tried again (rare).
  v_expired := ARRAY(
    SELECT DISTINCT t.run_id FROM extraction_tasks t
     WHERE t.status = 'running' AND t.lease_expires_at < now() AND t.attempts < t.max_attempts);
  -- Runs in progress with a task ready now: one probe of each run's first due task
  -- (a LIMIT, so that no plan reads every queued task to answer it).
  v_ready := ARRAY(
    SELECT r.id FROM job_runs r
     WHERE r.status = 'in_progress'
       AND (r.id = ANY (v_expired)
            OR (SELECT t.run_after FROM extraction_tasks t
                 WHERE t.run_id = r.id AND t.status = 'queued'
                 ORDER BY t.run_after, t.id LIMIT 1) <= now())
     ORDER BY r.id);
  IF cardinality(v_ready) = 1 THEN
    v_ids := claimable_tasks_of_run(v_ready[1], p_limit, v_ready[1] = ANY (v_expired));
  ELSIF cardinality(v_ready) > 1 THEN
    v_ids := claimable_tasks_in_turn(v_ready, p_limit);
  END IF;
  IF cardinality(v_ids) < p_limit THEN
    -- Concurrent claimers hold every candidate, or a run became ready meanwhile:
    -- take what else is ready, oldest first, so that a claim never comes back short
    -- while a task is free.
    SELECT v_ids || coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
      SELECT t.id FROM extraction_tasks t JOIN job_runs r ON r.id = t.run_id
       WHERE t.status = 'queued' AND t.run_after <= now() AND r.status = 'in_progress'
         AND t.id <> ALL (v_ids)
       ORDER BY t.run_after, t.id
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

-- claim_tasks with one run ready: up to p_limit of its ready tasks, locked (SKIP
-- LOCKED), in the order they became ready: expired leases (when p_expired says the run
-- has some), then queued tasks by due time. Reads about p_limit index entries.
CREATE FUNCTION claimable_tasks_of_run(p_run_id uuid, p_limit integer, p_expired boolean)
RETURNS uuid[]
LANGUAGE plpgsql AS $$
DECLARE
  v_ids uuid[] := '{}';
BEGIN
  IF p_expired THEN
    SELECT coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
      SELECT t.id FROM extraction_tasks t
       WHERE t.run_id = p_run_id AND t.status = 'running' AND t.lease_expires_at < now()
         AND t.attempts < t.max_attempts
       ORDER BY t.lease_expires_at
       LIMIT p_limit
         FOR NO KEY UPDATE SKIP LOCKED
    ) s;
  END IF;
  IF cardinality(v_ids) < p_limit THEN
    SELECT v_ids || coalesce(array_agg(s.id), '{}') INTO v_ids FROM (
      SELECT t.id FROM extraction_tasks t
       WHERE t.run_id = p_run_id AND t.status = 'queued' AND t.run_after <= now()
       ORDER BY t.run_after, t.id
       LIMIT p_limit - cardinality(v_ids)
         FOR NO KEY UPDATE SKIP LOCKED
    ) s;
  END IF;
  RETURN v_ids;
END
$$;

-- claim_tasks with several runs ready (p_runs): up to p_limit of their ready tasks in
-- fair turn order (see claim_tasks), locked one by one by key, skipping what
-- concurrent claimers hold. The loads are those of the users of p_runs: their runs in
-- progress, counted per run through the (run_id, status) index.
CREATE FUNCTION claimable_tasks_in_turn(p_runs uuid[], p_limit integer)
RETURNS uuid[]
LANGUAGE plpgsql AS $$
DECLARE
  v_candidate uuid;
  v_id uuid;
  v_ids uuid[] := '{}';
BEGIN
  FOR v_candidate IN
    WITH users AS (
      SELECT DISTINCT j.user_id
        FROM job_runs r JOIN extraction_jobs j ON j.id = r.job_id
       WHERE r.id = ANY (p_runs)
    ), active AS (
      -- Every run in progress of those users: a user's load counts all of them.
      SELECT r.id AS run_id, r.job_id, j.user_id
        FROM job_runs r JOIN extraction_jobs j ON j.id = r.job_id
       WHERE r.status = 'in_progress'
         AND EXISTS (SELECT 1 FROM users u WHERE u.user_id IS NOT DISTINCT FROM j.user_id)
    ), loads AS (
      SELECT a.run_id, a.job_id, a.user_id,
             sum(n.n) OVER (PARTITION BY a.job_id) AS sheet_load,
             sum(n.n) OVER (PARTITION BY a.user_id) AS user_load
        FROM active a CROSS JOIN LATERAL (
          SELECT count(*) AS n FROM extraction_tasks t
           WHERE t.run_id = a.run_id AND t.status = 'running' AND t.lease_expires_at >= now()
        ) n
    ), ready AS (
      -- Enough of each ready run's oldest ready tasks to fill the claim even when
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
       WHERE l.run_id = ANY (p_runs)
    )
    SELECT r.id
      FROM ready r
     ORDER BY r.user_load + row_number() OVER (
                PARTITION BY r.user_id ORDER BY r.sheet_turn, r.since, r.id),
              r.since, r.id
  LOOP
    -- The conditions again, on the row as it is now.
    SELECT t.id INTO v_id FROM extraction_tasks t
     WHERE t.id = v_candidate
       AND ((t.status = 'queued' AND t.run_after <= now())
            OR (t.status = 'running' AND t.lease_expires_at < now()
                AND t.attempts < t.max_attempts))
       FOR NO KEY UPDATE SKIP LOCKED;
    IF FOUND THEN
      v_ids := v_ids || v_id;
      EXIT WHEN cardinality(v_ids) >= p_limit;
    END IF;
  END LOOP;
  RETURN v_ids;
END
$$;

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
      -- By key: p_task_ids are the reports' tasks (a join on the JSON alone got a scan).
      LEFT JOIN extraction_tasks t ON t.id = rp.task_id AND t.id = ANY (p_task_ids)
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
-- deltas, not a count of rows; one walk of the chain.
CREATE OR REPLACE FUNCTION count_sheet_rows(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.row_count + coalesce(d.n, 0)), 0)::bigint
    FROM job_runs r
    JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
    LEFT JOIN LATERAL (
      SELECT sum(d.row_count) AS n FROM run_task_counts d WHERE d.run_id = c.id
    ) d ON true
   WHERE r.id = p_run_id
);

-- How many of the files a run shows (its chain's) were extracted: kept counts and
-- pending deltas, in one walk of the chain.
CREATE OR REPLACE FUNCTION count_sheet_files_processed(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.files_processed + coalesce(d.n, 0)), 0)::bigint
    FROM job_runs r
    JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
    LEFT JOIN LATERAL (
      SELECT sum(d.files_processed) AS n FROM run_task_counts d WHERE d.run_id = c.id
    ) d ON true
   WHERE r.id = p_run_id
);

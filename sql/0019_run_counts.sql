-- Reports of one run no longer queue on its row lock: a report that finds the run's row locked writes its counts (tasks, rows, files) as a delta, and only the run's last reports wait.
--
-- Before: every increment_task_completions locked its run's row first and held it
-- to its commit (WAL flush included), so the workers reporting on one run
-- committed one after the other, whatever their number.
--
-- Now a report takes its run's row lock only when it is free (SKIP LOCKED). Then
-- it adds its counts to the run's row, with every delta committed so far (folds
-- them), and ends the run when every task is counted: as before. When another
-- transaction holds the row, the report locks its own tasks without waiting, writes
-- its outcomes and inserts its counts into run_task_counts (insert-only: reports
-- never contend there), and makes sure a later transaction will count the run
-- out: it locks one unfinished task of the run that nobody holds (that task's own
-- report, or the sweep that fails it, can only come after this commit, and sees
-- it). When no such task is left, this report may be among the run's last: it
-- undoes its work (a subtransaction) and does it again the old way, waiting for
-- the run's row lock, so that whoever ends the run sees every count. So:
-- - every counted outcome is counted once (in the run's row, or in one delta that
--   one transaction folds and deletes);
-- - the transaction that counts the run's last task ends it, with the append
--   trigger, in that transaction (unchanged);
-- - nothing waits while holding a lock out of order (run, then task, then file):
--   the path that does not hold the run never waits for a lock at all.
-- The same holds for 0015's row_count and files_processed, which every report
-- also added to the run's row (add_run_counts: the row when it is free, else a
-- delta). A run's counters may lag behind its deltas by the reports committed
-- while another transaction held its row: any change of its status folds them
-- (a cancel too), and so does every report that gets its row, and the workers'
-- sweep (fold_pending_run_counts).

-- depends: 0018_one_ownership_check

-- Counts not yet in their run's row: what a transaction added while another held it.
CREATE TABLE run_task_counts (
  run_id uuid NOT NULL REFERENCES job_runs (id) ON DELETE CASCADE,
  completed integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  row_count bigint NOT NULL DEFAULT 0,
  files_processed bigint NOT NULL DEFAULT 0
);
CREATE INDEX run_task_counts_run_id_idx ON run_task_counts (run_id);

-- The workers write and fold deltas; the API only adds them (deleting or moving a
-- row counts through the row_count trigger), for runs it sees.
ALTER TABLE run_task_counts ENABLE ROW LEVEL SECURITY;
DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
  v_worker text := coalesce(nullif(current_setting('cpe_runs.worker_role', true), ''), 'cpe_runs_worker');
BEGIN
  EXECUTE format('GRANT SELECT, INSERT, DELETE ON run_task_counts TO %I', v_worker);
  EXECUTE format('CREATE POLICY run_task_counts_worker ON run_task_counts TO %I'
                 ' USING (true) WITH CHECK (true)', v_worker);
  EXECUTE format('GRANT INSERT ON run_task_counts TO %I', v_api);
  EXECUTE format('CREATE POLICY run_task_counts_api ON run_task_counts FOR INSERT TO %I'
                 ' WITH CHECK (EXISTS (SELECT 1 FROM job_runs r WHERE r.id = run_id))', v_api);
END
$$;

-- Add to a run's counters: in its row when this transaction can lock it without
-- waiting (or holds it), else as a delta. Nothing for a run that is gone.
CREATE FUNCTION add_run_counts(
  p_run_id uuid, p_completed integer, p_failed integer, p_rows bigint, p_files bigint
) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF (p_completed, p_failed, p_rows, p_files) = (0, 0, 0, 0) THEN
    RETURN;
  END IF;
  PERFORM 1 FROM job_runs r WHERE r.id = p_run_id FOR NO KEY UPDATE SKIP LOCKED;
  IF FOUND THEN
    UPDATE job_runs r
       SET tasks_completed = r.tasks_completed + p_completed,
           tasks_failed = r.tasks_failed + p_failed,
           row_count = r.row_count + p_rows,
           files_processed = r.files_processed + p_files
     WHERE r.id = p_run_id;
  ELSIF EXISTS (SELECT 1 FROM job_runs r WHERE r.id = p_run_id) THEN
    INSERT INTO run_task_counts (run_id, completed, failed, row_count, files_processed)
    VALUES (p_run_id, p_completed, p_failed, p_rows, p_files);
  END IF;
END
$$;

-- Fold a run's deltas into p_run (its row, locked by the caller); returns it.
-- Called by the fold trigger and the sweep (both run as the owner), nobody else.
CREATE FUNCTION fold_run_counts(p_run job_runs) RETURNS job_runs
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v record;
BEGIN
  WITH folded AS (
    DELETE FROM run_task_counts c WHERE c.run_id = p_run.id
    RETURNING c.completed, c.failed, c.row_count, c.files_processed
  )
  SELECT count(*) AS n, sum(completed) AS completed, sum(failed) AS failed,
         sum(row_count) AS row_count, sum(files_processed) AS files_processed
    INTO v FROM folded;
  IF v.n > 0 THEN
    p_run.tasks_completed := p_run.tasks_completed + v.completed;
    p_run.tasks_failed := p_run.tasks_failed + v.failed;
    p_run.row_count := p_run.row_count + v.row_count;
    p_run.files_processed := p_run.files_processed + v.files_processed;
  END IF;
  RETURN p_run;
END
$$;

REVOKE EXECUTE ON FUNCTION fold_run_counts(job_runs) FROM PUBLIC;

-- A status change (a run ending, or cancelled) folds the run's deltas first.
-- SECURITY DEFINER: the API cancels runs and may not delete deltas itself.
CREATE FUNCTION tg_job_runs__fold_counts() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW := fold_run_counts(NEW);
  RETURN NEW;
END
$$;
CREATE TRIGGER _150_fold_counts BEFORE UPDATE OF status ON job_runs
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION tg_job_runs__fold_counts();

-- The sweep's part (workers call it on their heartbeat's timer): fold the deltas of
-- runs whose row is free, so that counters do not lag while a run's last tasks
-- take long. Returns how many runs it folded.
CREATE FUNCTION fold_pending_run_counts(p_limit integer DEFAULT 100) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_run job_runs;
  v_count integer := 0;
BEGIN
  FOR v_run IN
    SELECT r.* FROM job_runs r
     WHERE r.id IN (SELECT DISTINCT c.run_id FROM run_task_counts c LIMIT p_limit)
     ORDER BY r.id FOR NO KEY UPDATE SKIP LOCKED
  LOOP
    v_run := fold_run_counts(v_run);
    UPDATE job_runs r
       SET tasks_completed = v_run.tasks_completed, tasks_failed = v_run.tasks_failed,
           row_count = v_run.row_count, files_processed = v_run.files_processed
     WHERE r.id = v_run.id;
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$$;

REVOKE EXECUTE ON FUNCTION fold_pending_run_counts(integer) FROM PUBLIC;
DO $$
BEGIN
  EXECUTE format('GRANT EXECUTE ON FUNCTION fold_pending_run_counts(integer) TO %I',
    coalesce(nullif(current_setting('cpe_runs.worker_role', true), ''), 'cpe_runs_worker'));
END
$$;

-- 0015's per-run row and file counts, now through add_run_counts: a report beside
-- the run's lock holder does not wait for it (one call per run a statement touched).
CREATE OR REPLACE FUNCTION tg_result_rows__count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM add_run_counts(d.run_id, 0, 0, d.n, 0)
       FROM (SELECT run_id, count(*) AS n FROM new_rows GROUP BY run_id ORDER BY run_id) d;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM add_run_counts(d.run_id, 0, 0, -d.n, 0)
       FROM (SELECT run_id, count(*) AS n FROM old_rows GROUP BY run_id ORDER BY run_id) d;
  ELSE
    PERFORM add_run_counts(d.run_id, 0, 0, d.n, 0)
       FROM (SELECT m.run_id, sum(m.n)::bigint AS n
               FROM (SELECT run_id, 1 AS n FROM new_rows
                     UNION ALL SELECT run_id, -1 FROM old_rows) m
              GROUP BY m.run_id HAVING sum(m.n) <> 0 ORDER BY m.run_id) d;
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION tg_source_files__count_processed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM add_run_counts(d.run_id, 0, 0, 0, d.n)
       FROM (SELECT run_id, count(*) AS n FROM new_files WHERE status = 'completed'
              GROUP BY run_id ORDER BY run_id) d;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM add_run_counts(d.run_id, 0, 0, 0, -d.n)
       FROM (SELECT run_id, count(*) AS n FROM old_files WHERE status = 'completed'
              GROUP BY run_id ORDER BY run_id) d;
  ELSE
    PERFORM add_run_counts(d.run_id, 0, 0, 0, d.n)
       FROM (SELECT m.run_id, sum(m.n)::bigint AS n
               FROM (SELECT run_id, 1 AS n FROM new_files WHERE status = 'completed'
                     UNION ALL
                     SELECT run_id, -1 FROM old_files WHERE status = 'completed') m
              GROUP BY m.run_id HAVING sum(m.n) <> 0 ORDER BY m.run_id) d;
  END IF;
  RETURN NULL;
END
$$;

-- The work of increment_task_completions once its runs are chosen: p_locked are
-- the runs whose row lock this transaction holds (counted into their row, with
-- their deltas); the others get a delta and an unfinished task locked, or, when
-- that cannot be done without waiting, CR019 (the caller undoes and waits).
-- Returns the judged reports as JSON (task_id, outcome, run_id, n).
CREATE FUNCTION record_task_outcomes(p_reports jsonb, p_task_ids uuid[], p_locked uuid[])
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

-- Record task outcomes, one report per task attempt: its rows (a JSON array
-- of objects) or its error. p_reports is a JSON array of
-- {"task_id", "attempt", "rows"?, "error"?}. A run whose last task is
-- reported ends in the same transaction (and the append trigger fires).
-- Idempotent: a duplicate, a stale attempt or a report for a run that is no
-- longer in progress changes nothing; each report's outcome says which:
--   'completed' | 'failed' | 'duplicate' | 'stale_attempt'
--   | 'run_not_in_progress' | 'unknown_task'
-- Set-based, so a worker's batch costs a handful of statements, not a
-- handful per task; increment_task_completion is the one-report form.
-- Reports on one run do not wait for each other (see this file's head).
CREATE OR REPLACE FUNCTION increment_task_completions(p_reports jsonb)
RETURNS TABLE (task_id uuid, outcome text, run_id uuid, run_status run_status)
LANGUAGE plpgsql AS $$
DECLARE
  v_task_ids uuid[] := ARRAY(
    SELECT DISTINCT (e->>'task_id')::uuid FROM jsonb_array_elements(p_reports) AS e
  );
  v_run_ids uuid[];
  v_locked uuid[];
  v_judged jsonb;
BEGIN
  v_run_ids := ARRAY(
    SELECT DISTINCT t.run_id FROM extraction_tasks t WHERE t.id = ANY (v_task_ids) ORDER BY 1);
  BEGIN
    -- The runs whose row is free now, in id order, never waiting.
    v_locked := ARRAY(
      SELECT r.id FROM job_runs r WHERE r.id = ANY (v_run_ids) ORDER BY r.id
        FOR NO KEY UPDATE SKIP LOCKED);
    v_judged := record_task_outcomes(p_reports, v_task_ids, v_locked);
  EXCEPTION WHEN SQLSTATE 'CR019' THEN
    -- Undone (locks included): the old way, waiting for every run, then the tasks.
    PERFORM 1 FROM job_runs r WHERE r.id = ANY (v_run_ids) ORDER BY r.id FOR NO KEY UPDATE;
    v_judged := record_task_outcomes(p_reports, v_task_ids, v_run_ids);
  END;

  RETURN QUERY
    SELECT (j->>'task_id')::uuid, j->>'outcome', (j->>'run_id')::uuid, r.status
      FROM jsonb_array_elements(v_judged) AS j
      LEFT JOIN job_runs r ON r.id = (j->>'run_id')::uuid
     ORDER BY (j->>'n')::integer;
END
$$;

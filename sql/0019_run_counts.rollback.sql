-- Undo 0019: every report locks its run's row again; pending deltas are folded first.

UPDATE job_runs r
   SET tasks_completed = r.tasks_completed + d.completed,
       tasks_failed = r.tasks_failed + d.failed,
       row_count = r.row_count + d.row_count,
       files_processed = r.files_processed + d.files_processed
  FROM (SELECT run_id, sum(completed)::integer AS completed, sum(failed)::integer AS failed,
               sum(row_count)::bigint AS row_count,
               sum(files_processed)::bigint AS files_processed
          FROM run_task_counts GROUP BY run_id) d
 WHERE r.id = d.run_id;

CREATE OR REPLACE FUNCTION increment_task_completions(p_reports jsonb)
RETURNS TABLE (task_id uuid, outcome text, run_id uuid, run_status run_status)
LANGUAGE plpgsql AS $$
DECLARE
  v_task_ids uuid[] := ARRAY(
    SELECT DISTINCT (e->>'task_id')::uuid FROM jsonb_array_elements(p_reports) AS e
  );
  v_judged jsonb;
BEGIN
  -- Lock order everywhere: runs (by id), then tasks (by id), then files.
  PERFORM 1 FROM job_runs r
   WHERE r.id IN (SELECT t.run_id FROM extraction_tasks t WHERE t.id = ANY (v_task_ids))
   ORDER BY r.id FOR NO KEY UPDATE;
  PERFORM 1 FROM extraction_tasks t WHERE t.id = ANY (v_task_ids) ORDER BY t.id FOR NO KEY UPDATE;

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

  -- One update per run: the counters and, with its last task, the final status.
  UPDATE job_runs r
     SET tasks_completed = r.tasks_completed + p.ok,
         tasks_failed = r.tasks_failed + p.fail,
         status = CASE
           WHEN r.tasks_completed + p.ok + r.tasks_failed + p.fail < r.tasks_total THEN r.status
           WHEN r.tasks_failed + p.fail = 0 THEN 'completed'
           WHEN r.tasks_completed + p.ok = 0 THEN 'failed'
           ELSE 'partially_completed' END::run_status
    FROM (SELECT (j->>'run_id')::uuid AS run_id,
                 count(*) FILTER (WHERE j->>'outcome' = 'completed')::integer AS ok,
                 count(*) FILTER (WHERE j->>'outcome' = 'failed')::integer AS fail
            FROM jsonb_array_elements(v_judged) AS j
           WHERE j->>'outcome' IN ('completed', 'failed')
           GROUP BY 1) p
   WHERE r.id = p.run_id;

  RETURN QUERY
    SELECT (j->>'task_id')::uuid, j->>'outcome', (j->>'run_id')::uuid, r.status
      FROM jsonb_array_elements(v_judged) AS j
      LEFT JOIN job_runs r ON r.id = (j->>'run_id')::uuid
     ORDER BY (j->>'n')::integer;
END
$$;

CREATE OR REPLACE FUNCTION tg_result_rows__count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE job_runs r SET row_count = r.row_count + d.n
      FROM (SELECT run_id, count(*) AS n FROM new_rows GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE job_runs r SET row_count = r.row_count - d.n
      FROM (SELECT run_id, count(*) AS n FROM old_rows GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSE
    UPDATE job_runs r SET row_count = r.row_count + d.n
      FROM (SELECT m.run_id, sum(m.n) AS n
              FROM (SELECT run_id, 1 AS n FROM new_rows
                    UNION ALL SELECT run_id, -1 FROM old_rows) m
             GROUP BY m.run_id HAVING sum(m.n) <> 0) d
     WHERE r.id = d.run_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION tg_source_files__count_processed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE job_runs r SET files_processed = r.files_processed + d.n
      FROM (SELECT run_id, count(*) AS n FROM new_files WHERE status = 'completed'
             GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE job_runs r SET files_processed = r.files_processed - d.n
      FROM (SELECT run_id, count(*) AS n FROM old_files WHERE status = 'completed'
             GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSE
    UPDATE job_runs r SET files_processed = r.files_processed + d.n
      FROM (SELECT m.run_id, sum(m.n) AS n
              FROM (SELECT run_id, 1 AS n FROM new_files WHERE status = 'completed'
                    UNION ALL
                    SELECT run_id, -1 FROM old_files WHERE status = 'completed') m
             GROUP BY m.run_id HAVING sum(m.n) <> 0) d
     WHERE r.id = d.run_id;
  END IF;
  RETURN NULL;
END
$$;
DROP FUNCTION record_task_outcomes(jsonb, uuid[], uuid[]);
DROP FUNCTION fold_pending_run_counts(integer);
DROP TRIGGER _150_fold_counts ON job_runs;
DROP FUNCTION tg_job_runs__fold_counts();
DROP FUNCTION fold_run_counts(job_runs);
DROP FUNCTION add_run_counts(uuid, integer, integer, bigint, bigint);
DROP TABLE run_task_counts;

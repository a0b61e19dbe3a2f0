-- A sheet's row and extracted-file counts include the counts 0019 keeps as deltas
-- while another transaction holds a run's row, so they are exact at every commit,
-- not only after the next fold.
--
-- 0019 lets a report (or a row typed, deleted or moved) add its counts to
-- run_task_counts instead of waiting for its run's row; until that row is folded
-- (the next transaction that holds it, a status change, the workers' sweep) the
-- run's own counters lag. The count functions the API reads therefore add the
-- pending deltas of the chain's runs (few rows: folded often, indexed by run).
-- The API role may read the deltas of the runs it may see.

-- depends: 0019_run_counts 0024_fold_trigger_private

DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
BEGIN
  EXECUTE format('GRANT SELECT ON run_task_counts TO %I', v_api);
  EXECUTE format('CREATE POLICY run_task_counts_api_read ON run_task_counts FOR SELECT TO %I'
                 ' USING (EXISTS (SELECT 1 FROM job_runs r WHERE r.id = run_id))', v_api);
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

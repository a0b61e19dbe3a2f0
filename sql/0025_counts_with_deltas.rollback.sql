-- Undo 0025: the count functions as 0015 made them (kept counts only), and the API
-- role no longer reads run_task_counts.

CREATE OR REPLACE FUNCTION count_sheet_rows(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.row_count), 0)::bigint
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
);

CREATE OR REPLACE FUNCTION count_sheet_files_processed(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.files_processed), 0)::bigint
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
);

DROP POLICY run_task_counts_api_read ON run_task_counts;
DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
BEGIN
  EXECUTE format('REVOKE SELECT ON run_task_counts FROM %I', v_api);
END
$$;

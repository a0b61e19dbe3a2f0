-- Undo 0015_sheet_order: the reads walk the append chain and sort again.

DROP FUNCTION sheet_csv_queries(uuid, text);
DROP FUNCTION csv_cell(jsonb);

CREATE OR REPLACE FUNCTION sheet_rows(p_run_id uuid, p_limit bigint DEFAULT NULL, p_offset bigint DEFAULT 0)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb
)
LANGUAGE sql STABLE AS $$
  WITH cols AS MATERIALIZED (SELECT sheet_columns(p_run_id) AS columns),
  page AS (
    SELECT rr.id, f.name AS file_name,
           row_number() OVER (
             ORDER BY chain.run_number, f.created_at, f.id, rr.position, rr.created_at, rr.id
           ) AS n
      FROM run_chain(p_run_id) chain
      JOIN result_rows rr ON rr.run_id = chain.run_id
      LEFT JOIN source_files f ON f.id = rr.file_id
     ORDER BY chain.run_number, f.created_at, f.id, rr.position, rr.created_at, rr.id
     LIMIT p_limit OFFSET p_offset
  )
  SELECT rr.id, rr.run_id, rr.file_id, page.file_name, rr.source,
         format_row_values(rr."values", cols.columns), rr.confidence
    FROM page JOIN result_rows rr ON rr.id = page.id CROSS JOIN cols
   ORDER BY page.n
$$;
DROP FUNCTION sheet_page(uuid, text, bigint, bigint);
DROP FUNCTION sheet_result_rows(uuid, text);

CREATE OR REPLACE FUNCTION count_sheet_rows(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (SELECT count(*) FROM run_chain(p_run_id) c JOIN result_rows rr ON rr.run_id = c.run_id);

CREATE OR REPLACE FUNCTION run_chain(p_run_id uuid) RETURNS TABLE (run_id uuid, run_number integer)
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain AS (
    SELECT r.id, r.run_number, r.append_from_run_id, r.append_results
      FROM job_runs r WHERE r.id = p_run_id
    UNION ALL
    SELECT p.id, p.run_number, p.append_from_run_id, p.append_results
      FROM chain c JOIN job_runs p ON p.id = c.append_from_run_id
     WHERE c.append_results
  )
  SELECT id, run_number FROM chain
$$;

DROP FUNCTION sheet_cursor_position(text);
DROP FUNCTION sheet_cursor(result_rows);
DROP FUNCTION cursor_time_value(text);
DROP FUNCTION cursor_time(timestamptz);
DROP TYPE sheet_position;

CREATE OR REPLACE FUNCTION count_sheet_files_processed(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT count(*) FROM run_chain(p_run_id) c JOIN source_files f ON f.run_id = c.run_id
   WHERE f.status = 'completed'
);

DROP TRIGGER _900_count_inserted ON source_files;
DROP TRIGGER _900_count_deleted ON source_files;
DROP TRIGGER _900_count_changed ON source_files;
DROP FUNCTION tg_source_files__count_processed();
DROP TRIGGER _500_rename_rows ON source_files;
DROP FUNCTION tg_source_files__rename_rows();
DROP TRIGGER _900_count_inserted ON result_rows;
DROP TRIGGER _900_count_deleted ON result_rows;
DROP TRIGGER _900_count_moved ON result_rows;
DROP FUNCTION tg_result_rows__count();
DROP TRIGGER _100_sheet_order ON result_rows;
DROP FUNCTION tg_result_rows__sheet_order();
DROP INDEX result_rows_sheet_order_idx;
ALTER TABLE result_rows
  DROP COLUMN chain_id, DROP COLUMN run_number, DROP COLUMN file_created_at,
  DROP COLUMN file_key, DROP COLUMN file_name;

DROP TRIGGER _110_rechain ON job_runs;
DROP FUNCTION tg_job_runs__rechain();
DROP TRIGGER _110_chain ON job_runs;
DROP FUNCTION tg_job_runs__chain();
DROP INDEX job_runs_chain_id_run_number_idx;
ALTER TABLE job_runs DROP CONSTRAINT job_runs_row_count_check;
ALTER TABLE job_runs DROP COLUMN chain_id, DROP COLUMN row_count, DROP COLUMN files_processed;

-- Undo 0015_sheet_order: the reads walk the append chain and sort again.

DROP FUNCTION sheet_csv_queries(uuid, text);
CREATE OR REPLACE FUNCTION sheet_summary(p_user_id uuid, p_job_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  WITH sheet AS MATERIALIZED (SELECT * FROM summary_sheet(p_user_id, p_job_id)),
  -- Materialized: the rules below then take plain values and are inlined.
  cells AS MATERIALIZED (
    SELECT format_cell(rr."values" -> sheet.hours, 'number') AS hours,
           format_cell(rr."values" -> sheet.completion_date, 'date') AS completion_date,
           nullif(btrim(rr."values" ->> sheet.field_of_study), '') AS field_of_study
      FROM sheet, run_chain(sheet.run_id) c JOIN result_rows rr ON rr.run_id = c.run_id
     WHERE sheet.run_id IS NOT NULL
  ), counted AS MATERIALIZED (
    SELECT cell_hours(c.hours) AS hours, c.field_of_study, is_ethics(c.field_of_study) AS ethics,
           in_period(cell_date(c.completion_date), (sheet.requirement).period_start,
                     (sheet.requirement).period_end) AS in_period
      FROM cells c, sheet
  ), totals AS (
    SELECT count(*) AS certificates,
           coalesce(sum(hours), 0) AS total_hours,
           coalesce(sum(hours) FILTER (WHERE ethics), 0) AS ethics_hours,
           coalesce(sum(hours) FILTER (WHERE in_period), 0) AS period_hours,
           coalesce(sum(hours) FILTER (WHERE in_period AND ethics), 0) AS period_ethics_hours,
           count(*) FILTER (WHERE hours IS NULL) AS uncounted_rows
      FROM counted
  ), by_field AS (
    SELECT coalesce(jsonb_object_agg(field, hours ORDER BY field), '{}') AS json
      FROM (SELECT coalesce(field_of_study, '') AS field, sum(hours) AS hours
              FROM counted WHERE hours IS NOT NULL GROUP BY 1) f
  )
  SELECT jsonb_build_object(
    'certificates', t.certificates,
    'total_hours', t.total_hours,
    'ethics_hours', t.ethics_hours,
    'hours_by_field', b.json,
    'requirement', requirement_json(q),
    'period_hours', CASE WHEN q.job_id IS NOT NULL THEN t.period_hours END,
    'period_ethics_hours', CASE WHEN q.job_id IS NOT NULL THEN t.period_ethics_hours END,
    -- greatest() skips NULLs: without a requirement it would say 0 remain.
    'remaining_hours', CASE WHEN q.job_id IS NOT NULL
                            THEN greatest(q.total_hours - t.period_hours, 0) END,
    'remaining_ethics_hours', CASE WHEN q.job_id IS NOT NULL
                                   THEN greatest(q.ethics_hours - t.period_ethics_hours, 0) END,
    'days_left', q.period_end - current_date,
    'uncounted_rows', t.uncounted_rows
  )
    FROM totals t, by_field b, sheet, LATERAL (SELECT (sheet.requirement).*) q
$$;

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

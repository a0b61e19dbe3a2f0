-- The compliance summary counts what summary_rows counts: one home for how a row's
-- hours, date and field of study are read and whether it counts toward the period or
-- ethics (they were written twice, in sheet_summary and in summary_rows, and read the
-- cells by different routes).

-- depends: 0027_hot_file_updates

-- Each row of the sheet, in sheet order, as the summary counts it. Only the three
-- cells it needs are formatted (the sheet's pages format every cell).
CREATE OR REPLACE FUNCTION summary_rows(p_user_id uuid, p_job_id uuid)
RETURNS TABLE (
  row_no bigint, row_id uuid, file_id uuid, hours numeric, completion_date date,
  field_of_study text, ethics boolean, in_period boolean
)
LANGUAGE sql STABLE AS $$
  WITH sheet AS MATERIALIZED (SELECT * FROM summary_sheet(p_user_id, p_job_id)),
  -- Materialized: the rules below then take plain values and are inlined.
  cells AS MATERIALIZED (
    SELECT rr.ordinality AS row_no, rr.id AS row_id, rr.file_id,
           cell_hours(format_cell(rr."values" -> sheet.hours, 'number')) AS hours,
           cell_date(format_cell(rr."values" -> sheet.completion_date, 'date')) AS completion_date,
           nullif(btrim(rr."values" ->> sheet.field_of_study), '') AS field_of_study,
           (sheet.requirement).period_start, (sheet.requirement).period_end
      FROM sheet, sheet_result_rows(sheet.run_id) WITH ORDINALITY rr
     WHERE sheet.run_id IS NOT NULL
  )
  SELECT c.row_no, c.row_id, c.file_id, c.hours, c.completion_date, c.field_of_study,
         is_ethics(c.field_of_study), in_period(c.completion_date, c.period_start, c.period_end)
    FROM cells c
   ORDER BY c.row_no
$$;

CREATE OR REPLACE FUNCTION sheet_summary(p_user_id uuid, p_job_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  WITH counted AS MATERIALIZED (SELECT * FROM summary_rows(p_user_id, p_job_id)),
  totals AS (
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
    FROM totals t, by_field b,
         LATERAL (SELECT (s.requirement).* FROM summary_sheet(p_user_id, p_job_id) s) q
$$;

-- Rollback of 0010_row_confidence: rows lose their confidence and reading source.

DROP FUNCTION edit_result_row(uuid, uuid, uuid, jsonb);
CREATE FUNCTION edit_result_row(p_user_id uuid, p_job_id uuid, p_row_id uuid, p_values jsonb)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb
)
LANGUAGE plpgsql AS $$
DECLARE
  v_row result_rows;
  v_columns jsonb;
  v_unknown text;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  SELECT * INTO v_row FROM result_rows r WHERE r.id = p_row_id AND r.job_id = p_job_id
     FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'row % not found in sheet %', p_row_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  IF jsonb_typeof(p_values) IS DISTINCT FROM 'object' THEN
    RAISE EXCEPTION 'values must be an object of column name to value' USING ERRCODE = 'CR013';
  END IF;
  v_columns := sheet_columns(v_row.run_id);
  SELECT k INTO v_unknown FROM jsonb_object_keys(p_values) k
   WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_columns) c WHERE c ->> 0 = k)
   LIMIT 1;
  IF v_unknown IS NOT NULL THEN
    RAISE EXCEPTION 'the sheet has no column "%"', v_unknown USING ERRCODE = 'CR013';
  END IF;
  UPDATE result_rows r
     SET "values" = r."values" || coalesce((
           SELECT jsonb_object_agg(e.key, parse_cell(e.key, e.value, c ->> 1))
             FROM jsonb_each(p_values) e
             JOIN jsonb_array_elements(v_columns) c ON c ->> 0 = e.key), '{}'),
         source = 'manual',
         updated_at = clock_timestamp()
   WHERE r.id = p_row_id
  RETURNING * INTO v_row;
  RETURN QUERY
    SELECT v_row.id, v_row.run_id, v_row.file_id, f.name, v_row.source,
           format_row_values(v_row."values", v_columns)
      FROM (SELECT 1) one LEFT JOIN source_files f ON f.id = v_row.file_id;
END
$$;

DROP FUNCTION sheet_rows(uuid, bigint, bigint);
CREATE FUNCTION sheet_rows(p_run_id uuid, p_limit bigint DEFAULT NULL, p_offset bigint DEFAULT 0)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb
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
         format_row_values(rr."values", cols.columns)
    FROM page JOIN result_rows rr ON rr.id = page.id CROSS JOIN cols
   ORDER BY page.n
$$;

DROP TRIGGER _100_extractor_notes ON result_rows;
DROP FUNCTION tg_result_rows__extractor_notes();
DROP FUNCTION extractor_confidence(jsonb);
ALTER TABLE result_rows DROP CONSTRAINT result_rows_source_check;
UPDATE result_rows SET source = 'ai' WHERE source NOT IN ('ai', 'manual');
ALTER TABLE result_rows ADD CONSTRAINT result_rows_source_check CHECK (source IN ('ai', 'manual'));
ALTER TABLE result_rows DROP COLUMN confidence;

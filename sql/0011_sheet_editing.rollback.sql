-- Undo 0011: the functions of working the sheet go, 0005's parse_cell and
-- 0010's edit_result_row come back, and the row event types go
-- (with the events of those types).

DROP FUNCTION retry_failed_files(uuid, uuid, uuid);
DROP FUNCTION retry_source_file(uuid, uuid, uuid);
DROP FUNCTION copy_source_file(source_files, uuid);
DROP FUNCTION discard_duplicate_uploads(uuid, uuid, uuid, uuid[], text[]);
DROP FUNCTION duplicate_reason(source_files);
DROP FUNCTION find_duplicate_file(uuid, text);
DROP FUNCTION lock_sheet_bytes(uuid, text[]);
DROP FUNCTION cancel_sheet(uuid, uuid);
DROP FUNCTION delete_result_row(uuid, uuid, uuid);
DROP FUNCTION add_result_row(uuid, uuid, jsonb);

CREATE OR REPLACE FUNCTION parse_cell(p_field text, p_value jsonb, p_data_type text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_text text := btrim(p_value #>> '{}');
BEGIN
  IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' OR v_text = '' THEN
    RETURN 'null';
  ELSIF jsonb_typeof(p_value) IN ('object', 'array') THEN
    NULL;  -- refused below
  ELSIF p_data_type = 'date' AND v_text ~ '^\d{4}-\d{2}-\d{2}$' THEN
    BEGIN
      RETURN to_jsonb(to_char(v_text::date, 'YYYY-MM-DD'));
    EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
      NULL;  -- e.g. 2024-02-30: refused below
    END;
  ELSIF p_data_type = 'number' AND v_text ~ '^\+?(\d{1,6}(\.\d*)?|\.\d+)$' THEN
    RETURN to_jsonb(v_text::numeric);
  ELSIF p_data_type = 'text' THEN
    RETURN to_jsonb(p_value #>> '{}');
  END IF;
  RAISE EXCEPTION '% is not a valid % for "%"', p_value, p_data_type, p_field
    USING ERRCODE = 'CR013',
          HINT = 'Dates are YYYY-MM-DD, numbers are 0 to 999999; null or "" clears a cell.';
END
$$;

DROP FUNCTION edit_result_row(uuid, uuid, uuid, jsonb);
-- As 0010_row_confidence made it.
CREATE FUNCTION edit_result_row(p_user_id uuid, p_job_id uuid, p_row_id uuid, p_values jsonb)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb
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
         -- A value a person set needs no second look.
         confidence = nullif(r.confidence - ARRAY(SELECT jsonb_object_keys(p_values)), '{}'),
         updated_at = clock_timestamp()
   WHERE r.id = p_row_id
  RETURNING * INTO v_row;
  RETURN QUERY
    SELECT v_row.id, v_row.run_id, v_row.file_id, f.name, v_row.source,
           format_row_values(v_row."values", v_columns), v_row.confidence
      FROM (SELECT 1) one LEFT JOIN source_files f ON f.id = v_row.file_id;
END
$$;

DROP FUNCTION announce_row(text, result_rows, jsonb);
DROP FUNCTION parse_row_values(jsonb, jsonb);
DROP INDEX source_files_job_id_sha256_idx;

DELETE FROM run_events WHERE type IN ('row_created', 'row_updated', 'row_deleted');
ALTER TABLE run_events DROP CONSTRAINT run_events_type_check;
ALTER TABLE run_events ADD CONSTRAINT run_events_type_check CHECK (
  type IN ('run_created', 'run_status', 'run_progress', 'file_status', 'sheet_deleted')
);

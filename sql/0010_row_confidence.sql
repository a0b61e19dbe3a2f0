-- How sure the extractor is of each value, and how a row was read: result rows
-- carry "confidence" ({field: 0..1}) and a source that names the reading
-- ('text', 'pdf', 'ocr', 'llm'; 'manual' for a person's; 'ai' for an extractor
-- that does not say). Extractors hand both over inside a row as "_confidence"
-- and "_source"; a trigger moves them out of the values as the row is stored.

ALTER TABLE result_rows
  ADD COLUMN confidence jsonb,
  ADD CONSTRAINT result_rows_confidence_check
    CHECK (confidence IS NULL OR jsonb_typeof(confidence) = 'object');
ALTER TABLE result_rows DROP CONSTRAINT result_rows_source_check;
ALTER TABLE result_rows ADD CONSTRAINT result_rows_source_check
  CHECK (source IN ('ai', 'manual', 'text', 'pdf', 'ocr', 'llm'));

-- An extractor's confidences as stored: the entries that are numbers from 0 to 1.
CREATE FUNCTION extractor_confidence(p_confidence jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
  SELECT nullif(coalesce(jsonb_object_agg(c.key, c.value), '{}'), '{}')
    FROM jsonb_each(CASE WHEN jsonb_typeof(p_confidence) = 'object' THEN p_confidence
                         ELSE '{}' END) c
   WHERE CASE WHEN jsonb_typeof(c.value) = 'number' THEN c.value::numeric BETWEEN 0 AND 1 END
);

-- Move what an extractor says about a row ("_source", "_confidence") out of its
-- values into the row's columns; a source it may not claim ('manual') is ignored.
CREATE FUNCTION tg_result_rows__extractor_notes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."values" ->> '_source' IN ('text', 'pdf', 'ocr', 'llm') THEN
    NEW.source := NEW."values" ->> '_source';
  END IF;
  NEW.confidence := coalesce(extractor_confidence(NEW."values" -> '_confidence'), NEW.confidence);
  NEW."values" := NEW."values" - '_source' - '_confidence';
  RETURN NEW;
END
$$;
CREATE TRIGGER _100_extractor_notes BEFORE INSERT ON result_rows
  FOR EACH ROW WHEN (NEW."values" ? '_source' OR NEW."values" ? '_confidence')
  EXECUTE FUNCTION tg_result_rows__extractor_notes();

-- The rows a run shows now carry their confidence (see 0005_api.sql).
DROP FUNCTION sheet_rows(uuid, bigint, bigint);
CREATE FUNCTION sheet_rows(p_run_id uuid, p_limit bigint DEFAULT NULL, p_offset bigint DEFAULT 0)
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

-- Edits now also drop the confidence of the cells a person set (see 0005_api.sql).
DROP FUNCTION edit_result_row(uuid, uuid, uuid, jsonb);
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

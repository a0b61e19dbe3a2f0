-- Undo 0012_compliance: requirements and the summary go; the jurisdictions it
-- seeded go with the sheets made for them; seed_cpe_state takes three-element fields again.

DROP FUNCTION sheet_summary(uuid, uuid);
DROP FUNCTION summary_rows(uuid, uuid);
DROP FUNCTION summary_sheet(uuid, uuid);
DROP FUNCTION in_period(date, date, date);
DROP FUNCTION summary_fields(uuid);
DROP FUNCTION clear_sheet_requirement(uuid, uuid);
DROP FUNCTION sheet_requirement(uuid, uuid);
DROP FUNCTION set_sheet_requirement(uuid, uuid, text, text, numeric, numeric);
DROP FUNCTION requirement_date(text, text);
DROP FUNCTION requirement_json(sheet_requirements);
DROP TABLE sheet_requirements;
DROP FUNCTION requirement_problem(date, date, numeric, numeric);
DROP FUNCTION is_ethics(text);
DROP FUNCTION cell_date(jsonb);
DROP FUNCTION cell_hours(jsonb);

DELETE FROM templates
 WHERE is_public AND template_type = 'cpe' AND name NOT IN ('California', 'New York', 'Texas');

CREATE OR REPLACE FUNCTION seed_cpe_state(p_name text, p_fields jsonb) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  INSERT INTO templates (name, template_type, is_public) VALUES (p_name, 'cpe', true)
  RETURNING id INTO v_id;
  INSERT INTO template_fields (template_id, field_name, data_type, prompt, display_order)
  SELECT v_id, f.value->>0, f.value->>1, f.value->>2, f.ordinality
    FROM jsonb_array_elements(p_fields) WITH ORDINALITY AS f;
  RETURN v_id;
END
$$;

DROP INDEX template_fields_template_id_summary_role_key;
ALTER TABLE template_fields DROP COLUMN summary_role;

-- Back to 0017's switch_file_storage, without the deletion lock and the copy preparation.

DROP FUNCTION begin_blob_deletion(bigint);
DROP FUNCTION prepare_blob_copy(text, text, double precision);
DROP FUNCTION switch_file_storage(uuid, text, text, double precision);

CREATE FUNCTION switch_file_storage(p_file_id uuid, p_from text, p_to text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE source_files SET storage = p_to WHERE id = p_file_id AND storage = p_from;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF p_from = 'db' THEN
    DELETE FROM file_chunks WHERE file_id = p_file_id;
  ELSE
    INSERT INTO blob_deletions (storage, blob_key) VALUES (p_from, p_file_id::text);
    PERFORM pg_notify('cpe_runs_blob_deletions', '');
  END IF;
  RETURN true;
END
$$;
REVOKE EXECUTE ON FUNCTION switch_file_storage(uuid, text, text) FROM PUBLIC;

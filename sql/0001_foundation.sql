-- The foundation: refuse servers older than PostgreSQL 15. The schema needs no
-- extension: gen_random_uuid(), sha256() and pg_snapshot functions are built in,
-- which keeps it installable on any managed PostgreSQL.

DO $$
BEGIN
  IF current_setting('server_version_num')::int < 150000 THEN
    RAISE EXCEPTION 'cpe_runs needs PostgreSQL 15 or newer, this server is %',
      current_setting('server_version')
      USING ERRCODE = 'CR000';
  END IF;
END
$$;

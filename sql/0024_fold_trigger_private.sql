-- The run-count folding trigger (0019) runs as the owner: nobody may call it
-- directly (a trigger's function needs no EXECUTE grant to fire).
REVOKE EXECUTE ON FUNCTION tg_job_runs__fold_counts() FROM PUBLIC;

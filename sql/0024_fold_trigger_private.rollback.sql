-- Undo 0024: the folding trigger's function callable by PUBLIC again, as 0019 left it.
GRANT EXECUTE ON FUNCTION tg_job_runs__fold_counts() TO PUBLIC;

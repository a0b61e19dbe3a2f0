"""Where certificate bytes live: blob stores (PostgreSQL, a directory, S3) behind one
interface, chosen by CPE_RUNS_BLOB_STORE; and the outbox that deletes blobs once their
rows are gone."""

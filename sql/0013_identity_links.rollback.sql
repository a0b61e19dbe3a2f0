-- Undo 0013: identity-provider sign-in and the processed-files count.
DROP FUNCTION count_sheet_files_processed(uuid);
DROP FUNCTION authenticate_identity(text, text, text, boolean);
DROP TABLE identity_links;

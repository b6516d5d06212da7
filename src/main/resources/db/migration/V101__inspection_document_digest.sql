-- Issue 14, inspection documents: the SHA-256 of the stored PDF, so the public verification page can
-- recognise an uploaded decision or minutes as one the Department issued. Portable SQL.
alter table inspection_document add column sha256 varchar(64);
create index ix_inspection_document_number on inspection_document (number);
create index ix_inspection_document_sha256 on inspection_document (sha256);

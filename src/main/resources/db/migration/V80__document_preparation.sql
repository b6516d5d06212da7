-- Issue 14: a document is recorded as data inside the step (number, fields, signer) and rendered,
-- signed and stored after commit; until then its content is empty ("being prepared").
-- Portable SQL for PostgreSQL and H2.
alter table dossier_document alter column content drop not null;
alter table dossier_document alter column sha256 drop not null;
-- A receipt may be issued again (a new appointment date): each issue is a new version of it.
alter table dossier_document add column version integer default 1 not null;
-- The values the document is rendered from (JSON), kept so that rendering can be repeated.
alter table dossier_document add column fields varchar(20000);
-- Who signs: an officer's login (the key of their certificate) or "org:<agency>" for the seal.
alter table dossier_document add column signer_key varchar(100);
alter table dossier_document add column signer_name varchar(200);
-- Printed on the document; with the number it finds the document on the public verification page.
alter table dossier_document add column verification_code varchar(16);
alter table dossier_document add column rendered_at timestamp with time zone;
alter table dossier_document add column signed_at timestamp with time zone;
alter table dossier_document add column certificate_subject varchar(500);
create index ix_document_number on dossier_document (number);
create index ix_document_sha256 on dossier_document (sha256);

-- Keys and certificates of the demo certificate authority and of the demo signers (profiles demo and
-- test only): created at first start, never shipped. Production signs with configured keystores.
create table signing_keystore (
    alias      varchar(200) primary key,
    pkcs12     ${binary}    not null,
    created_at timestamp with time zone not null
);
update dossier_document set rendered_at = created_at where content is not null;

-- Issue 14, inspection documents: the decision and the minutes are recorded as data inside the step
-- (fields, signer, verification code) and rendered, PAdES-signed and stored after commit, as dossier
-- documents are (V80); until then pdf is null ("being prepared"). Portable SQL for PostgreSQL and H2.
alter table inspection_document add column fields varchar(20000);
-- Who signs: the leader who signed the decision, the team leader for the minutes (a login).
alter table inspection_document add column signer_key varchar(100);
alter table inspection_document add column signer_name varchar(200);
alter table inspection_document add column verification_code varchar(16);
alter table inspection_document add column rendered_at timestamp with time zone;
-- When the PDF was signed and by which certificate (null: issued without a signature).
alter table inspection_document add column pdf_signed_at timestamp with time zone;
alter table inspection_document add column certificate_subject varchar(500);
-- The institution's representatives named in the minutes step (one a line), printed in the minutes.
alter table inspection_document add column representatives varchar(1000);

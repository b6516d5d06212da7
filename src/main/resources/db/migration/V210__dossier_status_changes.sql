-- The dossier counts its status changes; the national portal outbox takes each change's number as its
-- sequence instead of asking for max(seq) + 1. Existing dossiers go on from their last outbox row.
alter table dossier add column status_changes integer default 0 not null;

update dossier set status_changes = (select coalesce(max(o.seq), 0) from portal_outbox o
                                     where o.dossier_code = dossier.code);

-- One row per mail being sent or sent (notification/MailOutbox): the first transaction to insert a mail's
-- key sends it. A reaction resubmitted while its first run is still going (on another node, or by the
-- periodic retry) waits on this key until the first run commits, then fails and is retried later, when it
-- finds the mail in mail_outbox: two runs of one reaction never both send.
create table mail_send_claim (
    dedup_key  varchar(64) primary key,
    claimed_at timestamp   not null
);

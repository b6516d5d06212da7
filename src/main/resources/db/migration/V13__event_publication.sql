-- Spring Modulith's event publication registry (the 1.4 line's schema): one row per event and
-- listener, written in the transaction that published the event, completed when the listener succeeds.
-- Incomplete rows are resubmitted after a restart and by the periodic retry (shared.EventRetries).
create table event_publication (
    id               uuid not null primary key,
    listener_id      varchar(512) not null,
    event_type       varchar(512) not null,
    serialized_event varchar not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);

-- ShedLock: a row per scheduled job; the node holding the lock runs it, the others skip.
create table shedlock (
    name       varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);

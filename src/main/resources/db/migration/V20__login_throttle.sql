-- One login throttle for every login path (login page, HTTP Basic on /api, /engine-rest, /actuator/prometheus).
-- Failures are counted per typed name AND client address (growing delays for that pair only, so an attacker
-- elsewhere cannot lock a person out) and per client address alone (a limit per time window). In the
-- database, so every node of a cluster sees the same counts. Replaces the per-name lock-out of V2.
drop table login_attempt;

create table login_throttle (
    -- 'p:' + address + ' ' + name for a name from one address, 'a:' + address for the address alone
    throttle_key    varchar(200) not null primary key,
    username        varchar(100),
    address         varchar(64)  not null,
    failed_count    int          not null,
    window_start    timestamp with time zone not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone
);
create index ix_login_throttle_username on login_throttle (username);

-- A staff account under attack: its holder is told by mail once per window. The row is written before the
-- mail goes out; an unsent alert (sent_at null) is sent again at the account's next failed login and shows
-- on the administrators' page.
create table login_attack_alert (
    username    varchar(100) not null primary key,
    raised_at   timestamp with time zone not null,
    failures    int          not null,
    addresses   int          not null,
    sent_at     timestamp with time zone
);

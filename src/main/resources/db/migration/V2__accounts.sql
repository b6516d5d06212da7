-- Applicant accounts of the online portal. Users, passwords and groups live in the engine's identity
-- tables (ACT_ID_*), which keep the e-mail address too; these tables hold who an applicant is and the
-- bookkeeping of logins and password resets. Portable SQL for PostgreSQL and H2.

create table applicant_account (
    username       varchar(64)  not null primary key,
    account_type   varchar(20)  not null,
    display_name   varchar(255) not null,
    id_number      varchar(20)  not null,
    phone          varchar(20)  not null,
    address        varchar(500) not null,
    email_verified boolean      not null default false,
    created_at     timestamp with time zone not null,
    constraint uq_applicant_account_id_number unique (id_number)
);

-- Consecutive failed logins per typed username, for every name (staff, applicants and names that do
-- not exist, so a lock-out never tells whether an account exists). Deleted on a successful login.
create table login_attempt (
    username        varchar(100) not null primary key,
    failed_count    int          not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);

-- Password reset links: only the SHA-256 of the token is stored, so a copy of the database does not
-- hand out working links. A token is used once (used_at) and expires.
create table password_reset_token (
    token_hash char(64)    not null primary key,
    username   varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index ix_password_reset_token_user on password_reset_token (username);

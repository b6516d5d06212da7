-- Online payment of dossier fees (module vn.vetflow.payment). Portable SQL for PostgreSQL and H2.

-- One attempt to pay a dossier's fee through the gateway. order_id is random and unguessable.
-- open_dossier_code is the dossier code while the order is PENDING and null once settled, so the unique
-- constraint allows one open order per dossier; a gateway transaction is recorded on one order only.
create table payment_order (
    order_id           varchar(64)  not null primary key,
    dossier_code       varchar(40)  not null,
    open_dossier_code  varchar(40),
    applicant_username varchar(100) not null,
    amount_vnd         bigint       not null,
    status             varchar(10)  not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    paid_at            timestamp with time zone,
    settled_at         timestamp with time zone,
    transaction_no     varchar(64),
    response_code      varchar(10),
    version            bigint       not null,
    constraint uq_payment_order_open unique (open_dossier_code),
    constraint uq_payment_order_transaction unique (transaction_no),
    constraint ck_payment_order_status check (status in ('PENDING', 'PAID', 'FAILED'))
);
create index ix_payment_order_dossier on payment_order (dossier_code);

-- Every callback taken, by its nonce: the same callback a second time is a replay.
create table payment_callback_nonce (
    nonce       varchar(64) not null primary key,
    order_id    varchar(64) not null references payment_order (order_id),
    received_at timestamp with time zone not null
);

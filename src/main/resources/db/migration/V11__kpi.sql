-- KPI read model (vn.vetflow.kpi): one row per dossier, per step and per inspection, kept up to date by
-- event listeners after each commit, plus daily pre-aggregates per procedure, unit and officer, so the
-- dashboards never scan a million rows. Everything here can be rebuilt from the dossier tables, the
-- engine's history and the inspection event log. Portable SQL for PostgreSQL and H2.

create table kpi_dossier (
    code             varchar(64)  primary key,
    procedure_id     varchar(20)  not null,
    procedure_name   varchar(500),
    unit_code        varchar(64)  not null,
    officer          varchar(100) not null,
    channel          integer      not null,
    status           integer      not null,
    outcome          varchar(20),
    submitted_day    date         not null,
    received_day     date,
    appointment_day  date,
    due_day          date,
    end_day          date,
    span_days        integer,
    resolution_days  integer,
    supplement_rounds integer     not null,
    paused_days      integer      not null,
    paused_since     date,
    timeliness       varchar(10),
    fee_required     boolean      not null,
    paid_online      boolean      not null,
    result_expected  boolean      not null,
    e_result         boolean      not null,
    digitised        boolean      not null,
    rating           integer,
    dissatisfied     boolean      not null,
    demo             boolean      not null
);
create index ix_kpi_dossier_received on kpi_dossier (received_day);
create index ix_kpi_dossier_end on kpi_dossier (end_day);
create index ix_kpi_dossier_span on kpi_dossier (span_days);

-- Clock pauses (supplement and payment waiting) after receipt; to_day null while paused.
create table kpi_pause (
    code       varchar(64) not null,
    seq        integer     not null,
    kind       varchar(20) not null,
    from_day   date        not null,
    to_day     date,
    primary key (code, seq)
);

-- Per day, per procedure, unit and officer: kind R counts dossiers by receipt day, F by end day.
create table kpi_daily (
    stat_day         date         not null,
    kind             char(1)      not null,
    procedure_id     varchar(20)  not null,
    unit_code        varchar(64)  not null,
    officer          varchar(100) not null,
    n                integer      not null,
    online_n         integer      not null,
    early            integer      not null,
    on_time          integer      not null,
    late             integer      not null,
    resolution_days  bigint       not null,
    fee_required     integer      not null,
    paid_online      integer      not null,
    result_expected  integer      not null,
    e_result         integer      not null,
    digitised        integer      not null,
    rated            integer      not null,
    dissatisfied     integer      not null,
    primary key (stat_day, kind, procedure_id, unit_code, officer)
);

-- User tasks of every process, from the engine's history: waiting (unassigned) and working time.
create table kpi_step (
    task_id          varchar(64)  primary key,
    business_key     varchar(64)  not null,
    process_key      varchar(100) not null,
    step_key         varchar(100) not null,
    step_name        varchar(255),
    unit_code        varchar(64)  not null,
    assignee         varchar(100),
    created_at       timestamp with time zone not null,
    claimed_at       timestamp with time zone,
    ended_at         timestamp with time zone,
    due_at           timestamp with time zone,
    end_day          date,
    waiting_seconds  bigint,
    working_seconds  bigint,
    breached         boolean      not null
);
create index ix_kpi_step_key on kpi_step (business_key);
create index ix_kpi_step_end on kpi_step (end_day);
create index ix_kpi_step_open on kpi_step (ended_at);

create table kpi_step_daily (
    stat_day         date         not null,
    process_key      varchar(100) not null,
    step_key         varchar(100) not null,
    n                integer      not null,
    waiting_seconds  bigint       not null,
    working_seconds  bigint       not null,
    breaches         integer      not null,
    primary key (stat_day, process_key, step_key)
);

create table kpi_inspection (
    code              varchar(64)  primary key,
    institution_code  varchar(64),
    institution_name  varchar(500),
    stage             varchar(20)  not null,
    paper             boolean      not null,
    started_at        timestamp with time zone,
    closed_on         date,
    classified        boolean      not null,
    digital           boolean      not null,
    reasons           varchar(2000),
    demo              boolean      not null
);
create index ix_kpi_inspection_closed on kpi_inspection (closed_on);

create table kpi_finding (
    finding_id  varchar(64)  primary key,
    code        varchar(64)  not null,
    area        varchar(100) not null,
    violation   boolean      not null,
    recorded_at timestamp with time zone not null
);
create index ix_kpi_finding_code on kpi_finding (code);

create table kpi_remediation (
    recommendation_id varchar(64)  primary key,
    code              varchar(64)  not null,
    area              varchar(100),
    due_on            date,
    status            varchar(20)  not null,
    changed_at        timestamp with time zone not null
);
create index ix_kpi_remediation_due on kpi_remediation (status, due_on);

-- Which side of its threshold each KPI was last seen on, so an alert goes out once per crossing.
create table kpi_alert_state (
    kpi_key     varchar(64) primary key,
    below       boolean     not null,
    value_pct   double precision,
    changed_at  timestamp with time zone not null
);

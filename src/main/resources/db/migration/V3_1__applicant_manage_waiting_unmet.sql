-- When the applicant agreed to the privacy notice and confirmed having read the requirements (the form and
-- the API both require it; kept as evidence of consent for as long as the booking is kept).
alter table booking add column consented_at timestamptz;

-- The people waiting for a place on a full day, first come first served. When a place frees up the first
-- WAITING entry becomes an ordinary booking (with the same code, so the applicant keeps one reference).
create table waiting_entry (
    id                 bigint generated always as identity primary key,
    code               char(8)      not null constraint waiting_entry_code_unique unique,
    office_id          bigint       not null references office (id),
    service_date       date         not null,
    slot_start         time,
    application_number varchar(32)  not null,
    full_name          varchar(100) not null,
    phone              varchar(20)  not null,
    email              varchar(254),
    vehicle_type       varchar(12)  not null check (vehicle_type in ('CAR', 'MOTORCYCLE')),
    plate_number       varchar(16)  not null,
    collector_type     varchar(12)  not null check (collector_type in ('SELF', 'FAMILY', 'PROXY')),
    collector_name     varchar(100),
    priority           boolean      not null default false,
    language           varchar(5)   not null default 'id',
    status             varchar(12)  not null check (status in ('WAITING', 'PROMOTED', 'LEFT', 'SKIPPED')),
    created_at         timestamptz  not null,
    consented_at       timestamptz  not null,
    booking_id         bigint references booking (id),
    version            bigint       not null default 0
);

-- One place in the queue per application number and office, whatever the day.
create unique index waiting_entry_one_per_application
    on waiting_entry (office_id, application_number) where status = 'WAITING';

create index waiting_entry_queue on waiting_entry (office_id, service_date, id) where status = 'WAITING';

-- Each reminder is claimed by inserting its row before it is sent: a second app instance (or a rerun after a
-- restart) finds the row and sends nothing. Keyed by date, so a rescheduled booking is reminded again.
create table booking_reminder (
    booking_id   bigint      not null references booking (id),
    service_date date        not null,
    sent_at      timestamptz not null,
    primary key (booking_id, service_date)
);

-- Refusals because a day or slot was full, once per application and day, for the supervisors' reports: how
-- many more places were wanted. The application number is kept only as a SHA-256 hash, enough to count it once.
create table unmet_demand (
    id               bigint generated always as identity primary key,
    office_id        bigint      not null references office (id),
    service_date     date        not null,
    applicant_hash   char(64)    not null,
    reason           varchar(12) not null check (reason in ('QUOTA_FULL', 'SLOT_FULL')),
    refused_at       timestamptz not null,
    constraint unmet_demand_once_per_application_and_day unique (office_id, service_date, applicant_hash)
);

create index unmet_demand_office_date on unmet_demand (office_id, service_date);

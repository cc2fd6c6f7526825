-- An immigration office (kanim) that runs drive-thru pickup, with the defaults its days start from.
create table office (
    id                    bigint generated always as identity primary key,
    code                  varchar(40)  not null unique
                          constraint office_code_slug check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                  varchar(200) not null,
    address               varchar(500) not null,
    time_zone             varchar(64)  not null,
    opens_at              time         not null default '09:00',
    closes_at             time         not null default '15:00',
    slot_minutes          integer      not null default 30 check (slot_minutes between 5 and 240),
    default_quota         integer      not null check (default_quota >= 0),
    default_slot_capacity integer      not null check (default_slot_capacity >= 0),
    -- ISO day numbers (1 = Monday ... 7 = Sunday), comma separated
    open_weekdays         varchar(20)  not null default '1,2,3,4,5',
    booking_horizon_days  integer      not null check (booking_horizon_days between 1 and 90),
    proxies_allowed       boolean      not null default true,
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    constraint office_hours_ordered check (opens_at < closes_at)
);

-- One row per office and date, created the first time the date is needed. "booked" is the counter that
-- bookings claim; it is only ever changed by conditional UPDATE statements, and the CHECK below is the
-- last line of defence against overbooking should any code path ever get that wrong.
create table service_day (
    id            bigint generated always as identity primary key,
    office_id     bigint       not null references office (id),
    service_date  date         not null,
    quota         integer      not null check (quota >= 0),
    booked        integer      not null default 0,
    closed        boolean      not null default false,
    closed_reason varchar(300),
    constraint service_day_unique unique (office_id, service_date),
    constraint service_day_booked_within_quota check (booked >= 0 and booked <= quota)
);

-- The time windows of a service day, each with its own capacity and counter.
create table slot (
    id             bigint generated always as identity primary key,
    service_day_id bigint  not null references service_day (id),
    start_time     time    not null,
    end_time       time    not null,
    capacity       integer not null check (capacity >= 0),
    booked         integer not null default 0,
    constraint slot_unique unique (service_day_id, start_time),
    constraint slot_ordered check (start_time < end_time),
    constraint slot_booked_within_capacity check (booked >= 0 and booked <= capacity)
);

create table booking (
    id                 bigint generated always as identity primary key,
    code               char(8)      not null constraint booking_code_unique unique,
    office_id          bigint       not null references office (id),
    service_day_id     bigint       not null references service_day (id),
    service_date       date         not null,
    slot_start         time         not null,
    slot_end           time         not null,
    application_number varchar(32)  not null,
    full_name          varchar(100) not null,
    phone              varchar(20)  not null,
    email              varchar(254),
    vehicle_type       varchar(12)  not null check (vehicle_type in ('CAR', 'MOTORCYCLE')),
    plate_number       varchar(16)  not null,
    status             varchar(12)  not null
                       check (status in ('BOOKED', 'ARRIVED', 'COLLECTED', 'NO_SHOW', 'CANCELLED')),
    created_at         timestamptz  not null,
    idempotency_key    varchar(100),
    version            bigint       not null default 0
);

-- An application number holds at most one active booking per office, whatever the application code does.
create unique index booking_one_active_per_application
    on booking (office_id, application_number) where status in ('BOOKED', 'ARRIVED');

-- A retried API request (same Idempotency-Key) finds the booking the first attempt made.
create unique index booking_idempotency_key
    on booking (office_id, idempotency_key) where idempotency_key is not null;

create index booking_office_day on booking (office_id, service_date, slot_start);

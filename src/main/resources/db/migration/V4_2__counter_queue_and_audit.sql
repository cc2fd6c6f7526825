-- The drive-thru window: when a car arrived and joined its lane's queue, when and to which window it was
-- called, when and by whom the passport was handed over, and why a booking was turned away.
alter table booking
    add column arrived_at     timestamptz,
    add column called_at      timestamptz,
    add column window_number  integer check (window_number between 1 and 99),
    add column finished_at    timestamptz,
    add column finished_by    varchar(60),
    add column outcome_reason varchar(300);

-- A booking can now be turned away at the window (documents incomplete, passport not ready, ...).
alter table booking drop constraint booking_status_check;
alter table booking add constraint booking_status_check
    check (status in ('BOOKED', 'ARRIVED', 'COLLECTED', 'NO_SHOW', 'CANCELLED', 'TURNED_AWAY'));

-- The loket and the display read today's cars of one office in queue order.
create index booking_office_day_status on booking (office_id, service_date, status);

-- Every change of a booking at the window or by the end-of-day job, never updated or deleted.
-- "actor" is a username as text rather than a foreign key: the row must outlive a renamed or removed
-- account, and the end-of-day job acts as "system". The office's local time is stored beside the UTC
-- instant because that is what a supervisor reads and what the office's zone said at that moment.
create table booking_event (
    id             bigint generated always as identity primary key,
    booking_id     bigint       not null references booking (id),
    office_id      bigint       not null references office (id),
    action         varchar(20)  not null,
    from_status    varchar(12)  not null,
    to_status      varchar(12)  not null,
    reason         varchar(300),
    window_number  integer,
    actor          varchar(60)  not null,
    occurred_at    timestamptz  not null,
    office_time    timestamp    not null,
    undone_event_id bigint      references booking_event (id)
);

create index booking_event_booking on booking_event (booking_id, id);

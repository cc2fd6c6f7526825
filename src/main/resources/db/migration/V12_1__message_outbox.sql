-- The outbox: every message to an applicant is written here in the transaction of the change that causes it
-- (a booking, a move, a cancellation, a reminder), then delivered by a worker, so a message is neither sent
-- for a change that rolled back nor lost when the app stops between commit and send.
create table outbox_message (
    id              bigserial    primary key,
    office_id       bigint       not null,
    reference       varchar(40),            -- the booking code, for supervisors looking at undelivered messages
    topic           varchar(40)  not null,
    channel         varchar(10)  not null check (channel in ('PHONE', 'EMAIL')),
    recipient       varchar(320) not null,
    subject         varchar(300),
    body            text         not null,
    language        varchar(5)   not null,
    service_date    date,                   -- personal data: removed 90 days after this day, like the booking
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null,
    claimed_by      uuid,
    claimed_until   timestamptz,
    last_error      varchar(300),           -- provider, status and error code only: never the message or address
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    failed_at       timestamptz
);

-- What the worker scans: only pending rows, oldest due first.
create index outbox_message_due on outbox_message (next_attempt_at, id) where status = 'PENDING';
-- What supervisors read: their office's given-up messages, newest first.
create index outbox_message_failed on outbox_message (office_id, failed_at desc) where status = 'FAILED';

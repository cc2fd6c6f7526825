-- Application numbers whose passports are printed and waiting, uploaded by the office. When an office turns
-- the check on, only these may book, and no later than 30 days after the issue date (the passport is
-- cancelled after that).
create table passport_ready (
    office_id          bigint      not null references office (id),
    application_number varchar(32) not null,
    issued_on          date,
    uploaded_at        timestamptz not null,
    uploaded_by        varchar(100) not null,
    primary key (office_id, application_number)
);

alter table office add column ready_list_required boolean not null default false;

-- Accounts made by a supervisor or administrator get a one-time password that its owner must replace at the
-- first sign-in; a reset sets the flag again. Existing accounts chose their own password and keep it.
alter table staff_account add column must_change_password boolean not null default false;

-- Every change to a staff account made on the staff pages: who, when, what, before and after. Like
-- booking_event, the rows name accounts as text ("username", "changed_by") and keep "account_id" without a
-- foreign key: the trail must outlive a renamed or removed account.
create table staff_change (
    id          bigint generated always as identity primary key,
    office_id   bigint       not null references office (id),
    account_id  bigint       not null,
    username    varchar(60)  not null,
    change      varchar(30)  not null,
    old_value   varchar(100),
    new_value   varchar(100),
    changed_by  varchar(60)  not null,
    changed_at  timestamptz  not null
);

create index staff_change_office on staff_change (office_id, changed_at desc);

-- Every change a supervisor makes to quotas, capacities and closures: who, when, what, before and after.
create table capacity_change (
    id           bigint generated always as identity primary key,
    office_id    bigint       not null references office (id),
    service_date date,
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null,
    change       varchar(30)  not null,
    old_value    varchar(300),
    new_value    varchar(300),
    reason       varchar(300)
);

create index capacity_change_office on capacity_change (office_id, changed_at desc);

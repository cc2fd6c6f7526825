-- Who will collect the passport (the applicant, a family member on the same KK, or another person with a
-- surat kuasa), whether the booking carries a priority flag officers should see, and the language the
-- applicant used, for messages sent later.
alter table booking
    add column collector_type varchar(12) not null default 'SELF'
        check (collector_type in ('SELF', 'FAMILY', 'PROXY')),
    add column collector_name varchar(100),
    add column priority boolean not null default false,
    add column language varchar(5) not null default 'id';

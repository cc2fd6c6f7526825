-- Staff who sign in: officers at the window, supervisors, administrators. Usernames are kept in lower case
-- so that "Budi" and "budi" are one account. Roles are a comma-separated subset of OFFICER, SUPERVISOR,
-- ADMIN (a supervisor can also do what an officer can; that is worked out in code, not stored twice).
-- The password hash carries its algorithm prefix ({bcrypt}...) so that it can be upgraded later.
create table staff_account (
    id            bigint generated always as identity primary key,
    username      varchar(60)  not null constraint staff_account_username_unique unique
                  constraint staff_account_username_lower check (username = lower(username) and length(username) >= 3),
    display_name  varchar(100) not null,
    office_id     bigint       not null references office (id),
    roles         varchar(60)  not null,
    enabled       boolean      not null default true,
    password_hash varchar(200) not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

-- Failed sign-ins, kept in the database so that throttling holds across app instances. Not linked to
-- staff_account: attempts for usernames that do not exist are counted the same way, so the answer never
-- tells whether a username exists.
create table login_failure (
    id           bigint generated always as identity primary key,
    username_key varchar(100) not null,
    failed_at    timestamptz  not null
);

create index login_failure_username_time on login_failure (username_key, failed_at);

-- One-time codes sent to an applicant's phone before a place is taken. Only a hash of the code is kept; a row
-- is good for 5 minutes, 5 tries and one use (used_at), and is deleted a day after it expired.
create table phone_verification (
    id          uuid         primary key,
    office_id   bigint       not null references office (id),
    phone       varchar(20)  not null,
    code_hash   varchar(64)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    attempts    int          not null default 0 check (attempts >= 0),
    used_at     timestamptz
);

create index phone_verification_expiry on phone_verification (expires_at);

-- Rate limits that hold across app instances: one row per counted request, keyed by a hash of what is
-- limited (a phone, an address, a key), so no personal data is kept here. A request inserts its row, then
-- counts the rows of its key that have not yet expired (see RateLimiter).
create table rate_limit_hit (
    id          bigint generated always as identity primary key,
    limit_key   varchar(80)  not null,
    hit_at      timestamptz  not null,
    expires_at  timestamptz  not null
);

create index rate_limit_hit_key on rate_limit_hit (limit_key, expires_at);
create index rate_limit_hit_expiry on rate_limit_hit (expires_at);

-- Keys for integrators (e.g. the national passport app) that book on behalf of applicants whose phone they
-- have already verified. Shown once at issue; only the SHA-256 of the whole key is kept. The prefix finds
-- the row and can be shown to staff.
create table api_key (
    id            bigint generated always as identity primary key,
    name          varchar(100) not null,
    key_prefix    varchar(16)  not null unique,
    key_hash      varchar(64)  not null,
    office_codes  varchar(1000) not null,
    created_at    timestamptz  not null,
    created_by    varchar(60)  not null,
    revoked_at    timestamptz,
    revoked_by    varchar(60)
);

-- The ready list may name the applicant's phone (E.164): then only that phone can book that number.
alter table passport_ready add column phone varchar(20);

-- A random secret made once per installation (by the app at its first start, never stored in the repo):
-- the key of the unmet-demand HMAC and of the signed links to a booking's pages. Keyed by purpose, so
-- another secret can be added without a migration.
create table install_secret (
    name       varchar(40) primary key,
    secret     bytea       not null check (length(secret) >= 32),
    created_at timestamptz not null
);

-- Until now unmet demand was counted by an unsalted SHA-256 of the application number, and a 7-10 digit
-- number is found again from its hash in minutes. The numbers themselves are not kept, so these rows cannot
-- be re-keyed with the new HMAC: each gets a placeholder of its own instead ('-' and the row id, never a
-- hex digest). Every row still counts once; the only cost is that an applicant refused for a still-future
-- day before the upgrade and refused again after it counts twice for that day.
update unmet_demand set applicant_hash = '-' || lpad(id::text, 63, '0') where applicant_hash not like '-%';

-- Bookings already anonymised kept their idempotency key (the web ones end in the application number) and a
-- turn-away reason the officer typed; the retention job now removes both, here done once for the old rows.
update booking set idempotency_key = null,
    outcome_reason = case when outcome_reason in ('DOCUMENTS_INCOMPLETE', 'PASSPORT_NOT_READY') then outcome_reason
                          when outcome_reason is null then null else 'OTHER' end
where anonymised_at is not null;

-- When a booking's personal data was removed, as the privacy notice promises (90 days after the pickup day).
alter table booking add column anonymised_at timestamptz;
alter table waiting_entry add column anonymised_at timestamptz;

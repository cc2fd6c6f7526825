-- An Idempotency-Key is bound to the request it first came with: a retry must send the same request. Reusing
-- the key with another body is refused instead of answering with the first applicant's booking. Rows made
-- before this column existed have no hash and are answered as before.
alter table booking add column idempotency_hash varchar(64);

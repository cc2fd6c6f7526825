-- A car that arrived but was never finished (neither collected nor turned away) ends its day as UNFINISHED
-- ("tidak selesai"), so it no longer holds the one-active-booking index and is anonymised like any other.
alter table booking drop constraint booking_status_check;
alter table booking add constraint booking_status_check
    check (status in ('BOOKED', 'ARRIVED', 'COLLECTED', 'NO_SHOW', 'CANCELLED', 'TURNED_AWAY', 'UNFINISHED'));

-- A waiting-list entry whose day has passed ends as EXPIRED, so the application can wait again.
alter table waiting_entry drop constraint waiting_entry_status_check;
alter table waiting_entry add constraint waiting_entry_status_check
    check (status in ('WAITING', 'PROMOTED', 'LEFT', 'SKIPPED', 'EXPIRED'));

-- Same-day booking, off unless an office sets until when today's free places may be booked.
alter table office add column same_day_booking_until time;

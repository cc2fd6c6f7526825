-- An optional daily quota for the motorcycle lane, counted inside the day's total: a day of 40 places may
-- keep at most 10 of them for motorcycles. NULL means the lane has no limit of its own.
alter table office add column motorcycle_quota integer check (motorcycle_quota >= 0);

alter table service_day
    add column motorcycle_quota  integer check (motorcycle_quota >= 0),
    add column motorcycle_booked integer not null default 0,
    add constraint service_day_motorcycles_within_lane
        check (motorcycle_booked >= 0 and motorcycle_booked <= booked
               and (motorcycle_quota is null or motorcycle_booked <= motorcycle_quota));

-- Days booked before this migration: count their motorcycles.
update service_day d set motorcycle_booked = (
    select count(*) from booking b
    where b.service_day_id = d.id and b.vehicle_type = 'MOTORCYCLE' and b.status <> 'CANCELLED');

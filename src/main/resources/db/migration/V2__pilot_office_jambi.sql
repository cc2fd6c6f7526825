-- The pilot office. Quota 20 a day as in the trial; 09:00-15:00 in 30-minute slots of 3 cars each, so that
-- the slots together (36) never limit the daily quota. The street address is left for the supervisor to fill in.
insert into office (code, name, address, time_zone, opens_at, closes_at, slot_minutes,
                    default_quota, default_slot_capacity, open_weekdays, booking_horizon_days, proxies_allowed)
values ('jambi', 'Kantor Imigrasi Kelas I TPI Jambi',
        'Kota Jambi, Provinsi Jambi',
        'Asia/Jakarta', '09:00', '15:00', 30, 20, 3, '1,2,3,4,5', 14, true);

-- wrk script for the booking API. Every request carries an application number nobody else in the run uses:
-- BENCH_TAG, the wrk thread number and a per-thread counter. Office, date and slot are drawn at random from
-- the comma-separated lists in BENCH_OFFICES, BENCH_DATES and BENCH_SLOTS.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local offices = split(os.getenv("BENCH_OFFICES"))
local dates = split(os.getenv("BENCH_DATES"))
local slots = split(os.getenv("BENCH_SLOTS"))
local tag = os.getenv("BENCH_TAG") or "B"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function request()
  counter = counter + 1
  local body = string.format(
    '{"applicationNumber":"%sT%dN%07d","fullName":"Siti Nurhaliza","phone":"081234567890",' ..
    '"email":"siti@example.id","vehicleType":"CAR","plateNumber":"BH 1234 XY","date":"%s","slotStart":"%s","privacyConsent":true}',
    tag, tid, counter, dates[math.random(#dates)], slots[math.random(#slots)])
  return wrk.format("POST", "/api/v1/offices/" .. offices[math.random(#offices)] .. "/bookings", headers, body)
end

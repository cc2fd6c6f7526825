-- wrk script for the booking API. Every request carries an application number nobody else in the run uses:
-- BENCH_TAG, the wrk thread number and a per-thread counter. Office, date and slot are drawn at random from
-- the comma-separated lists in BENCH_OFFICES, BENCH_DATES and BENCH_SLOTS. Status codes are counted per
-- thread and printed by done() as one JSON line ("BENCH_JSON {...}") for run.sh.
local function split(s)
  local t = {}
  for x in string.gmatch(s or "", "[^,]+") do t[#t + 1] = x end
  return t
end

local offices = split(os.getenv("BENCH_OFFICES"))
local dates = split(os.getenv("BENCH_DATES"))
local slots = split(os.getenv("BENCH_SLOTS"))
local tag = os.getenv("BENCH_TAG") or "B"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  statuses = {}
  math.randomseed(tid * 7919 + os.time())
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"applicationNumber":"%sT%dN%07d","fullName":"Siti Nurhaliza","phone":"081234567890",' ..
    '"email":"siti@example.id","vehicleType":"CAR","plateNumber":"BH 1234 XY","date":"%s","slotStart":"%s"}',
    tag, tid, counter, dates[math.random(#dates)], slots[math.random(#slots)])
  return wrk.format("POST", "/api/v1/offices/" .. offices[math.random(#offices)] .. "/bookings", headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[tostring(status)] = (total[tostring(status)] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%s":%d', status, n) end
  local e = summary.errors
  io.write(string.format('BENCH_JSON {"requests":%d,"seconds":%.3f,"statuses":{%s},' ..
    '"socket_errors":%d,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\n',
    summary.requests, summary.duration / 1e6, table.concat(parts, ","),
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end

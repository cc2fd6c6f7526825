-- wrk script for reads: each request GETs one path drawn at random from BENCH_PATHS (comma separated), and
-- accepts gzip as browsers do.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "common.lua")

local paths = split(os.getenv("BENCH_PATHS") or "/")
local headers = { ["Accept-Encoding"] = "gzip" }

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

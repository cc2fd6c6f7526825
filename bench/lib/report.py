#!/usr/bin/env python3
"""Turns bench/results/<run>/results.jsonl into a Markdown table with the targets of issues 6 and 14."""
import json
import sys

out = sys.argv[1]
rows = {}
for line in open(f"{out}/results.jsonl"):
    r = json.loads(line)
    rows[r["scenario"]] = r
machine = open(f"{out}/machine.txt").read().strip()
ALLOWED = {"201", "409", "429"}


def statuses(r):
    return ", ".join(f"{k}: {v}" for k, v in sorted(r.get("statuses", {}).items())) or (
        f"failed: {r['failed']}" if "failed" in r else "")


def bad_statuses(r):
    return sum(v for k, v in r.get("statuses", {}).items() if k.split()[0] not in ALLOWED)


def cpu(r):
    c = r.get("cpu_ms_per_op")
    return f"{c['app']:.2f} / {c['db']:.2f} / {c['rest']:.2f}" if c else ""


def jit(r):
    return f"{r['jit_s']:.1f}" if "jit_s" in r else ""


print(f"```\n{machine}\n```\n")
print("| scenario | clients | per second | % of pgbench | p50 ms | p95 ms | p99 ms | max ms | responses |"
      " CPU ms per request: app / db / rest | JIT compiling, s |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
order = [k for k in rows if k not in ("sql-check", "db-check", "memory", "memory-burst", "jar")
         and not k.startswith(("startup", "warmup"))]
for name in order:
    r = rows[name]
    if name == "burst":
        print(f"| burst (quota 20) | 500 at once | all answered in {r['all_answered_ms']:.0f} ms | | "
              f"{r['p50_ms']:.0f} | | | {r['max_ms']:.0f} | {statuses(r)} | {cpu(r)} | {jit(r)} |")
        continue
    clients = name.rsplit("-", 1)[-1] if name.split("-")[-1].isdigit() else ("64" if "open" not in name else "open loop")
    ref = rows.get("ref-" + name)
    ratio = f"**{100 * r['rate'] / ref['rate']:.0f}%**" if ref else ""
    if name.startswith("page-") and "static" in rows:
        ratio = f"**{100 * r['rate'] / rows['static']['rate']:.0f}% of the static file**"
    label = name
    if name.startswith("open-"):
        label = f"hot day, fixed arrival rate {r['target_rate']:.0f}/s ({float(name[5:]) * 100:.0f}% of hot-64)"
        clients = f"{r['connections']} connections, open loop"
    print(f"| {label} | {clients} | {r['rate']:.0f} | {ratio} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
          f"{r['p99_ms']:.1f} | {r['max_ms']:.0f} | {statuses(r)} | {cpu(r)} | {jit(r)} |")

db = rows.get("db-check", {})
mem = rows.get("memory", {})
startup = rows.get("startup", {}).get("seconds")
warm = [k for k in rows if k.startswith("warmup-") and not k.endswith("-hot")]
if warm:
    print(f"\n- Warm-up: {len(warm)} round(s); spread bookings and JIT compiling per round: "
          + ", ".join(f"{rows[k]['rate']:.0f}/s (JIT {rows[k].get('jit_s', 0):.1f} s)" for k in warm))
print()
STARTUPS = {"startup": "jar, fresh data folder", "startup-existing": "jar, the run's data folder",
            "startup-existing-cds": "extracted jar + CDS archive, the run's data folder",
            "startup-fresh-cds": "extracted jar + CDS archive, fresh data folder"}
for key, what in STARTUPS.items():
    if key in rows:
        print(f"- Start-up (command to healthy, {what}): **{rows[key]['seconds']} s**")
jar = rows.get("jar", {})
print(f"- Jar: **{jar.get('mb')} MB**, PostgreSQL binaries: {jar.get('postgres_binaries')}")
print(f"- App peak RSS (VmHWM): **{mem.get('peak_rss_mb')} MB** with -Xmx{mem.get('heap')}")
print(f"- SQL in the source vs captured from the app with pg_stat_statements: **{rows.get('sql-check', {}).get('result')}**")
print(f"- Database check: {db.get('days_mismatched')} days and {db.get('slots_mismatched')} slots whose counter "
      f"differs from their active bookings; {db.get('active_bookings')} active bookings in the run; burst day counter "
      f"{db.get('burst_counter')}, active bookings {db.get('burst_active')}")

print("\n| target | result | met |\n|---|---|---|")


def target(text, result, ok):
    print(f"| {text} | {result} | {'yes' if ok else '**no**'} |")


for kind, floor in (("hot", 60), ("spread", 50)):
    for name in [k for k in rows if k.startswith(kind + "-")]:
        ref = rows.get("ref-" + name)
        if ref:
            pct = 100 * rows[name]["rate"] / ref["rate"]
            target(f"{name}: at least {floor}% of pgbench", f"{pct:.0f}% ({rows[name]['rate']:.0f} vs {ref['rate']:.0f}/s)",
                   pct >= floor)
for name in [k for k in rows if k.endswith("-64") and not k.startswith("ref-")]:
    if name in ("hot-64", "spread-64"):
        target(f"{name}: p99 under 50 ms", f"{rows[name]['p99_ms']:.1f} ms", rows[name]["p99_ms"] < 50)
booking_runs = [k for k in rows if k.startswith(("hot-", "spread-", "open-", "warmup", "burst"))]
bad = sum(bad_statuses(rows[k]) + rows[k].get("socket_errors", 0) for k in booking_runs)
target("only 201, 409 or 429 on booking, no socket errors", f"{bad} other", bad == 0)
if "burst" in rows:
    b = rows["burst"]
    ok = (b["all_answered_ms"] <= 2000 and b["statuses"].get("201") == 20 and db.get("burst_counter") == 20
          and db.get("burst_active") == 20 and bad_statuses(b) == 0)
    target("burst: 500 answered within 2 s, exactly 20 booked", f"{b['all_answered_ms']:.0f} ms, {statuses(b)}", ok)
spread = max([rows[k]["rate"] for k in rows if k.startswith("spread-")] or [0])
for name in ("availability", "availability-page"):
    if name in rows and spread:
        x = rows[name]["rate"] / spread
        target(f"{name} at least 3x the spread booking rate", f"{x:.1f}x ({rows[name]['rate']:.0f} vs {spread:.0f}/s)", x >= 3)
if "static" in rows:
    for name in [k for k in rows if k.startswith("page-")]:
        pct = 100 * rows[name]["rate"] / rows["static"]["rate"]
        p99 = rows[name]["p99_ms"]
        target(f"{name}: at least 50% of the static file's rate, p99 under 100 ms",
               f"{pct:.0f}% ({rows[name]['rate']:.0f} vs {rows['static']['rate']:.0f}/s), p99 {p99:.0f} ms", pct >= 50 and p99 < 100)
for key, limit in (("startup", 15), ("startup-existing", 10), ("startup-fresh-cds", 15), ("startup-existing-cds", 10)):
    if key in rows:
        target(f"{key}: at most {limit} s", f"{rows[key]['seconds']} s", rows[key]["seconds"] <= limit)
burst_mem = rows.get("memory-burst", {})
if burst_mem.get("peak_rss_mb") is not None:
    target(f"peak RSS up to the end of the 500-request burst at most 600 MB with -Xmx{burst_mem.get('heap')}",
           f"{burst_mem.get('peak_rss_mb')} MB (end of the run: {mem.get('peak_rss_mb')} MB)",
           burst_mem["peak_rss_mb"] <= 600)
if jar.get("mb") is not None:
    target("jar at most 80 MB (Linux)", f"{jar.get('mb')} MB", jar["mb"] <= 80)
target("database check: counters = active bookings", f"{db.get('days_mismatched')} / {db.get('slots_mismatched')} mismatched",
       db.get("days_mismatched") == 0 and db.get("slots_mismatched") == 0)
errors = open(f"{out}/app-errors.txt").read().strip() if True else "?"
target(f"holds with -Xmx{mem.get('heap')} (no OutOfMemoryError/ERROR in the app log)", f"{errors} error lines", errors == "0")

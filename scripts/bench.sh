#!/usr/bin/env bash
# Benchmarks the index on a generated corpus (news-1997.jsonl replicated
# to N articles, dates shifted, ids suffixed) against bare bleve on the same
# articles and grep over the same bytes, and prints a markdown table.
#
#   scripts/bench.sh [N]           N articles (default 100000)
#   BENCH_DIR=/tmp/x scripts/bench.sh 20000
#   scripts/bench.sh --table DIR   print the table of an earlier run again
#
# Wall times suffer when other work shares the machine; the CPU times
# (user+sys, from /usr/bin/time) are printed beside them for that reason.
# Each step runs in its own process under /usr/bin/time -v for its peak RSS.
# Query latencies come from a last step that alternates annals and bare
# queries in one process, so that passing load weighs on both alike.
set -euo pipefail
if [ "${1:-}" = "--table" ]; then
  TABLE_ONLY=$2
fi
N=${1:-100000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
table() { # results.txt
  python3 - "$1" <<'PY'
import sys
r = {}
for line in open(sys.argv[1]):
    k, _, v = line.strip().partition("=")
    try:
        r[k] = float(v)
    except ValueError:
        r[k] = v
n = int(r["annals_articles"])
mb = lambda b: b / 2**20
def ratio(a, b):
    return f"{a / b:.2f}×" if b else "–"
rows = []
rows.append(("articles", f"{int(r['annals_articles']):,}", f"{int(r['bare_articles']):,}", "", ""))
rows.append(("events indexed", f"{int(r['annals_events']):,}", "–", "", ""))
rows.append(("build time", f"{r['annals_build_s']:.1f} s", f"{r['bare_build_s']:.1f} s", ratio(r['annals_build_s'], r['bare_build_s']), "≤ 1.5×"))
if "annals_build_cpu_s" in r:
    rows.append(("build CPU (user+sys)", f"{r['annals_build_cpu_s']:.1f} s", f"{r['bare_build_cpu_s']:.1f} s", ratio(r['annals_build_cpu_s'], r['bare_build_cpu_s']), ""))
rows.append(("articles/s", f"{r['annals_articles']/r['annals_build_s']:,.0f}", f"{r['bare_articles']/r['bare_build_s']:,.0f}", "", ""))
rows.append(("index size", f"{mb(r['annals_size']):.0f} MB ({ratio(r['annals_size'], r['raw_bytes'])} raw)", f"{mb(r['bare_size']):.0f} MB ({ratio(r['bare_size'], r['raw_bytes'])} raw)", ratio(r['annals_size'], r['bare_size']), "≤ 3× raw"))
rows.append(("reopen", f"{r['annals_reopen_ms']:.0f} ms", f"{r['bare_reopen_ms']:.0f} ms", "", "≤ 200 ms"))
if "annals_first_screen_ms" in r:
    rows.append(("first screen, index side (open + whole timeline with counts)", f"{r['annals_first_screen_ms']:.0f} ms", "", "", "≤ 150 ms"))
if "cold_search_ms" in r:
    rows.append(("cold `annals search bank` process, p50 of 7 (CPU)", f"{r['cold_search_ms']:.0f} ms ({r['cold_search_cpu_ms']:.0f} ms)", "", "", "≤ 120 ms"))
for q, label in [("term", f"term `bank`"), ("phrase", "phrase `\"central bank\"`"), ("actor", f"actor filter ({r['annals_actor']}; bare: keyword term)"), ("facet", "`bank` + facets (annals: actor, type, month; bare: keyword)")]:
    for p in ("p50", "p95"):
        a, b = r[f"annals_q_{q}_{p}_ms"], r[f"bare_q_{q}_{p}_ms"]
        rows.append((f"query {label} {p}", f"{a:.2f} ms", f"{b:.2f} ms", ratio(a, b), "≤ 2× (p95)" if p == "p95" else ""))
rows.append(("peak RSS, build", f"{r['annals_build_rss_kb']/1024:.0f} MB", f"{r['bare_build_rss_kb']/1024:.0f} MB", ratio(r['annals_build_rss_kb'], r['bare_build_rss_kb']), "≤ 1 GB"))
rows.append(("peak RSS, queries", f"{r['annals_query_rss_kb']/1024:.0f} MB", f"{r['bare_query_rss_kb']/1024:.0f} MB", "", ""))
rows.append((f"grep -ci \"central bank\" ({int(r['grep_hits'])} lines)", "", f"{r['grep_s']:.2f} s", "", ""))
print(f"Corpus: news-1997.jsonl ×{n/2452:.1f} = {n:,} articles, {mb(r['raw_bytes']):.0f} MB of JSONL.\n")
print("| measure | annals | bare bleve | ratio | target |")
print("|---|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
if "load_start" in r:
    print(f"\nLoad average (1, 5, 15 min) on {__import__('os').cpu_count()} cores: {r['load_start']} at the start, {r.get('load_end', '?')} at the end.")
stages = [k for k in r if k.startswith("annals_stage_")]
if stages:
    print("\nannals build stages: " + ", ".join(f"{k[len('annals_stage_'):-2]} {r[k]:.1f} s" for k in stages))
PY
}
if [ -n "${TABLE_ONLY:-}" ]; then
  table "$TABLE_ONLY/results.txt"
  exit 0
fi
WORK=${BENCH_DIR:-$(mktemp -d /tmp/annals-bench.XXXXXX)}
mkdir -p "$WORK"
rm -f "$WORK/results.txt"
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
  echo "bench: /usr/bin/time missing (apt-get install -y time)" >&2
  exit 1
fi
cd "$ROOT"
go test -c -o "$WORK/index.test" ${GOFLAGS_EXTRA:-} ./index
export ANNALS_BENCH_DIR="$WORK" ANNALS_BENCH_N="$N"
step() { # name test
  echo "bench: $1" >&2
  (cd "$ROOT/index" && $TIME -v "$WORK/index.test" -test.run "^$2\$" -test.v -test.timeout 3h) >"$WORK/$1.log" 2>&1 || {
    cat "$WORK/$1.log" >&2
    exit 1
  }
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/$1.log")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$WORK/$1.log")
  echo "${1}_rss_kb=$rss" >>"$WORK/results.txt"
  echo "${1}_cpu_s=$cpu" >>"$WORK/results.txt"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load_start=$(load)" >>"$WORK/results.txt"
[ -d "$WORK/corpus" ] || step generate TestBenchGenerate
step annals_build TestBenchAnnalsBuild
step annals_query TestBenchAnnalsQuery
step bare_build TestBenchBareBuild
step bare_query TestBenchBareQuery
step queries TestBenchQueries
# A cold search: a new annals process each time (the page cache warm, as
# for a user's second search), wall and CPU time, the median of seven.
go build -o "$WORK/annals" .
for i in 1 2 3 4 5 6 7; do
  $TIME -f "%e %U %S" "$WORK/annals" search --index "$WORK/annals-index" bank "$WORK/corpus" 2>&1 >/dev/null | tail -1
done | python3 -c '
import sys
rows = sorted((float(w), float(u) + float(s)) for w, u, s in (l.split() for l in sys.stdin if l.strip()))
w, c = rows[len(rows) // 2]
print(f"cold_search_ms={w * 1000:.0f}")
print(f"cold_search_cpu_ms={c * 1000:.0f}")' >>"$WORK/results.txt"
raw=$(cat "$WORK"/corpus/*.jsonl | wc -c)
echo "raw_bytes=$raw" >>"$WORK/results.txt"
s=$(date +%s.%N)
hits=$(cat "$WORK"/corpus/*.jsonl | grep -ci "central bank" || true)
e=$(date +%s.%N)
echo "grep_s=$(echo "$e - $s" | bc)" >>"$WORK/results.txt"
echo "grep_hits=$hits" >>"$WORK/results.txt"
echo "load_end=$(load)" >>"$WORK/results.txt"

table "$WORK/results.txt"
echo "bench: raw results in $WORK/results.txt" >&2

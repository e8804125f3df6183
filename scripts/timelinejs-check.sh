#!/usr/bin/env bash
# timelinejs-check.sh: open annals' TimelineJS export in TimelineJS itself
# (3.9.11 from npm, served from node_modules on 127.0.0.1) in Debian's
# headless Chromium and check that slides render, slides near the end
# included, and that the time navigator fits the page (issue 16).
#
# Usage:
#   scripts/timelinejs-check.sh                 # the samples and news-1997
#   scripts/timelinejs-check.sh FILE.json...    # exports made beforehand
#   scripts/timelinejs-check.sh --corpus PATH   # export PATH, then check it
# Environment:
#   ANNALS_CHECK_CACHE  where TimelineJS and playwright-core are installed
#                       (default ~/.cache/annals-check; outside the repo)
#   SHOTS               directory for screenshots (default: a temp dir)
#   TLJS_MAX_CPU_MS     main-thread CPU budget for the load (default 15000)
# Exit status: 0 all pass, 1 a check failed, 3 the tools could not be
# installed (no registry or mirror reachable: CI may treat it as a skip).
# Network: the npm registry (first run only) and Debian's mirrors when
# chromium is missing; the page itself reaches nothing off 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

tljs_version=3.9.11
# playwright-core drives Debian's chromium over CDP; pinned so a run is
# repeatable (1.65.2 is known to work with chromium 156 here).
pw_version=1.65.2
cache=${ANNALS_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/annals-check}
shots=${SHOTS:-$(mktemp -d /tmp/annals-tljs-shots.XXXXXX)}
mkdir -p "$cache" "$shots"

t0=$(date +%s)
if ! command -v node >/dev/null 2>&1; then
  echo "timelinejs-check: node is required (Debian: apt-get install -y nodejs npm)" >&2
  exit 3
fi
tljs_dir=$cache/node_modules/@knight-lab/timelinejs
pw_dir=$cache/node_modules/playwright-core
if [ "$(node -p "try{require('$tljs_dir/package.json').version}catch(e){''}")" != "$tljs_version" ] ||
   [ "$(node -p "try{require('$pw_dir/package.json').version}catch(e){''}")" != "$pw_version" ]; then
  echo "timelinejs-check: installing @knight-lab/timelinejs@$tljs_version and playwright-core@$pw_version into $cache"
  # playwright-core downloads no browser; Debian's chromium is used.
  if ! PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund --no-save \
    --prefix "$cache" "@knight-lab/timelinejs@$tljs_version" "playwright-core@$pw_version"; then
    echo "timelinejs-check: npm install failed" >&2
    exit 3
  fi
fi
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "timelinejs-check: installing Debian's chromium"
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); then
    echo "timelinejs-check: chromium could not be installed" >&2
    exit 3
  fi
fi
t1=$(date +%s)
echo "timelinejs-check: tools ready in $((t1 - t0)) s ($("$chromium" --version 2>/dev/null | head -1))"

# Exports to check: the files given, or fresh exports of the corpora.
files=()
corpora=()
while [ $# -gt 0 ]; do
  case $1 in
    --corpus) corpora+=("$2"); shift 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ] && [ ${#corpora[@]} -eq 0 ]; then
  corpora=(../shared/corpus/seed ../shared/corpus/news-1997.jsonl)
fi
if [ ${#corpora[@]} -gt 0 ]; then
  bin=$(mktemp /tmp/annals-tljs-bin.XXXXXX)
  go build -o "$bin" .
  for c in "${corpora[@]}"; do
    out=$shots/$(basename "$c" | sed 's/\.[a-z]*$//')-timelinejs.json
    "$bin" export --format timelinejs "$c" >"$out"
    files+=("$out")
  done
  rm -f "$bin"
fi

rc=0
for f in "${files[@]}"; do
  start=$(date +%s)
  prefix=$shots/$(basename "$f" .json)
  if TLJS_DIR=$tljs_dir PLAYWRIGHT_CORE=$pw_dir CHROMIUM=$chromium \
      node "$repo/scripts/timelinejs-check.mjs" "$f" "$prefix"; then :; else rc=1; fi
  echo "timelinejs-check: $(basename "$f") checked in $(($(date +%s) - start)) s; screenshots $prefix-first.png, $prefix-last.png"
done
echo "timelinejs-check: total $(($(date +%s) - t0)) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
exit $rc

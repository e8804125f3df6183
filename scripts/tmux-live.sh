#!/usr/bin/env bash
# tmux-live.sh — live following end to end: open the real annals TUI on a
# copy of the sample corpus, copy a 5-article JSONL file into the folder
# and assert its events appear (the "new: N events" chip) within
# LIVE_LIMIT seconds (default 2). Prints the measured delay.
#
# Usage: scripts/tmux-live.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."

verbose=0
[ "${1:-}" = "-v" ] && verbose=1
limit=${LIVE_LIMIT:-2}

if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux-live: tmux not installed; skipping"
  exit 0
fi
seed=../shared/corpus/seed
news=../shared/corpus/news-1997.jsonl
if [ ! -d "$seed" ] || [ ! -f "$news" ]; then
  echo "tmux-live: ../shared absent; skipping"
  exit 0
fi

work=$(mktemp -d)
session="annals-live-$$"
tm() { tmux -L "$session" -f /dev/null "$@"; }
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "tmux-live: building"
go build -o "$work/annals" .
mkdir -p "$work/corpus"
cp "$seed"/*.txt "$seed"/manifest.json "$work/corpus/"
# Five articles of another story, as a new day's file would bring them.
grep -m 5 -i '"text": ".*killed' "$news" >"$work/new.jsonl"

tm new-session -d -s "$session" -x 160 -y 48 \
  "env TERM=xterm-256color $work/annals --index $work/index $work/corpus; echo ANNALS-EXITED \$?; sleep 30"
screen() { tm capture-pane -t "$session" -p; }
wait_for() {
  local want=$1 secs=${2:-10} i
  for ((i = 0; i < secs * 20; i++)); do
    if screen | grep -qF -- "$want"; then
      [ $verbose = 1 ] && { echo "----- screen with: $want"; screen; }
      return 0
    fi
    sleep 0.05
  done
  echo "tmux-live: FAIL: did not see \"$want\" within ${secs}s. Screen:"
  screen
  exit 1
}

echo "tmux-live: open the copy of the sample corpus"
wait_for "/ search" 90
before=$(screen | head -1)
sleep 0.5

echo "tmux-live: copy a 5-article file into the folder"
t0=$(date +%s.%N)
cp "$work/new.jsonl" "$work/corpus/new.jsonl"
# The index is updated and the open query rerun ("updated: …" and the
# header's counts); then the chip counts the events the file reports.
wait_for "updated:" 30
t1=$(date +%s.%N)
wait_for "new:" 30
t2=$(date +%s.%N)
delay=$(echo "$t1 - $t0" | bc)
chip=$(echo "$t2 - $t0" | bc)
after=$(screen | head -1)
echo "tmux-live: header before: ${before%%[*}"
echo "tmux-live: header after:  ${after%%[*}"
echo "tmux-live: the new events appeared after ${delay}s, the chip after ${chip}s (limit ${limit}s; load $(cut -d' ' -f1-3 /proc/loadavg))"
[ $verbose = 1 ] && screen
if [ "$(echo "$delay > $limit" | bc)" = 1 ]; then
  echo "tmux-live: FAIL: slower than ${limit}s"
  exit 1
fi

echo "tmux-live: n jumps to a new event"
tm send-keys -t "$session" n
sleep 0.5
screen | grep -q "›.*+" || { echo "tmux-live: FAIL: the cursor is not on a new (+) event"; screen; exit 1; }

echo "tmux-live: remove the file again"
rm "$work/corpus/new.jsonl"
wait_for "changed · -" 30
tm send-keys -t "$session" q
wait_for "ANNALS-EXITED 0"
echo "tmux-live: OK"

#!/usr/bin/env bash
# tmux-story.sh — the TUI on a real story (tls-dev: BBC coverage of the
# 2010 Haiti earthquake, whose articles mention events back to 1946)
# opens on the story's own period, and `d` with a one-week range lists
# that week's day- and week-precise events first, coarser dates after.
#
# Usage: scripts/tmux-story.sh [-o DIR]   (-o saves both screens)
set -euo pipefail
cd "$(dirname "$0")/.."
out=""
[ "${1:-}" = "-o" ] && { out=$2; mkdir -p "$out"; }

topic=../shared/eval/tls-dev/tasks/haiti__bbc/articles
if ! command -v tmux >/dev/null 2>&1 || [ ! -d "$topic" ]; then
  echo "tmux-story: tmux or ../shared absent; skipping"
  exit 0
fi
work=$(mktemp -d)
session="annals-story-$$"
tm() { tmux -L "$session" -f /dev/null "$@"; }
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
go build -o "$work/annals" .
tm new-session -d -s "$session" -x 160 -y 40 \
  "env TERM=xterm-256color $work/annals --index $work/index $(realpath "$topic"); sleep 60"
screen() { tm capture-pane -t "$session" -p; }
wait_for() {
  local i
  for ((i = 0; i < ${2:-10} * 10; i++)); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "tmux-story: FAIL: did not see \"$1\". Screen:"
  screen
  exit 1
}
wait_for "/ search" 120
sleep 0.5
[ -n "$out" ] && screen >"$out/story-open.txt"
cur=$(screen | grep -m1 '^›' || true)
echo "tmux-story: opens on: ${cur:0:100}"
echo "$cur" | grep -qE '^›~?20(09-12|10|11)' || { echo "tmux-story: FAIL: not on the story's period"; screen; exit 1; }

tm send-keys -t "$session" d
sleep 0.2
tm send-keys -t "$session" -l "2010-01-12..2010-01-18"
tm send-keys -t "$session" Enter
wait_for "date: 2010-01-12..2010-01-18"
sleep 0.5
[ -n "$out" ] && screen >"$out/story-week.txt"
# The first rows are dated inside the week, to the day or the week.
rows=$(screen | grep -E '^[› ]~?[0-9]{4}|^[› ]~?[A-Z][a-z]{2} [0-9]{4}|^[› ][0-9]{4}s' | head -5)
echo "$rows" | cut -c1-100
bad=$(echo "$rows" | grep -vE '^[› ]~?2010-(01-1[2-8]|W0[23])' || true)
[ -z "$bad" ] || { echo "tmux-story: FAIL: rows outside the week lead the list:"; echo "$bad"; exit 1; }
echo "tmux-story: OK (load $(cut -d' ' -f1-3 /proc/loadavg))"

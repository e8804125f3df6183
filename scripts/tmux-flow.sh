#!/usr/bin/env bash
# tmux-flow.sh — drive the real annals TUI in tmux on the sample corpus:
# the key days (D) and a jump to Tower 22's day, search "drone", filter
# to Kataib Hezbollah, drill down to the source, open the sources side
# by side; assert on `tmux capture-pane` text at each step. Then
# scripts/tmux-live.sh checks live following (a file copied into a
# watched folder shows its events within 2 s). Exits non-zero on the
# first failed step.
#
# Usage: scripts/tmux-flow.sh [-v] [-o DIR]
#   -v      print every captured screen
#   -o DIR  save the main, reader and side-by-side screens as DIR/*.txt
#   FLOW_SIZE=120x32 in the environment sets the terminal size
set -euo pipefail
cd "$(dirname "$0")/.."

verbose=0
out=""
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1 ;;
    -o) out=$2; shift; mkdir -p "$out" ;;
    *) echo "usage: $0 [-v] [-o DIR]" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux-flow: tmux not installed; skipping"
  exit 0
fi

work=$(mktemp -d)
session="annals-flow-$$"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "tmux-flow: building"
go build -o "$work/annals" .

# A private tmux server keeps the user's sessions and config out of it.
tm() { tmux -L "$session" -f /dev/null "$@"; }
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$work"
}

# FLOW_SIZE=COLSxROWS picks the terminal size (default 160x48).
size=${FLOW_SIZE:-160x48}
tm new-session -d -s "$session" -x "${size%x*}" -y "${size#*x}" \
  "env TERM=xterm-256color $work/annals --index $work/index; echo ANNALS-EXITED \$?; sleep 30"

screen() { tm capture-pane -t "$session" -p; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT appears.
wait_for() {
  local want=$1 secs=${2:-10} i
  for ((i = 0; i < secs * 10; i++)); do
    if screen | grep -qF -- "$want"; then
      [ $verbose = 1 ] && { echo "----- screen with: $want"; screen; }
      return 0
    fi
    sleep 0.1
  done
  echo "tmux-flow: FAIL: did not see \"$want\" within ${secs}s. Screen:"
  screen
  exit 1
}

# refute TEXT: the screen must not show TEXT.
refute() {
  if screen | grep -qF -- "$1"; then
    echo "tmux-flow: FAIL: unexpected \"$1\". Screen:"
    screen
    exit 1
  fi
}

keys() { tm send-keys -t "$session" "$@"; }

# save NAME: keep the current screen when -o was given.
save() { if [ -n "$out" ]; then screen >"$out/$1.txt"; fi; }

step() { echo "tmux-flow: $*"; }

step "start on the sample corpus (builds the index)"
wait_for "annals sample corpus" 60
wait_for "/ search" 60
refute "Cannot open"
sleep 0.3
save main

step "key days: D lists the days that mattered, enter shows one"
keys D
wait_for "Key days"
wait_for "chosen from"
save keydays
# Tower 22 (28 January 2024) is among the days; go to it.
screen | grep -q "28 Jan 2024" || { echo "tmux-flow: FAIL: 28 Jan 2024 is not among the key days"; screen; exit 1; }
for _ in $(seq 1 20); do
  screen | grep -q "› .*28 Jan 2024" && break
  keys j
  sleep 0.1
done
keys Enter
wait_for "key day 2024-01-28"
screen | grep -q "›.*2024-01-28" || { echo "tmux-flow: FAIL: the cursor is not on 28 January"; screen; exit 1; }
sleep 0.3

step "search as you type: drone"
keys /
sleep 0.2
keys -l drone
wait_for "/ drone"
sleep 0.5
screen | grep -qi "drone" || { echo "no drone in results"; screen; exit 1; }
keys Enter
wait_for "search: drone"

step "filter to Kataib Hezbollah with the actor picker"
keys a
wait_for "Actors — events for the current search"
keys -l kataib
sleep 0.3
wait_for "› [ ] Kataib Hezbollah"
keys Space
wait_for "[x] Kataib Hezbollah"
keys Enter
wait_for "actors: Kataib Hezbollah"
# Every row of the list now involves Kataib Hezbollah.
wait_for "Kataib Hezbollah"

step "drill down to the source"
# The last event of the filtered list: the one most sources report.
keys G
sleep 0.2
keys Enter
wait_for "[ previous event in article"
wait_for "▌"
save reader
screen | grep -qE "\((manifest|inferred|jsonl|front-matter|html-meta|dateline|header)" ||
  { echo "tmux-flow: FAIL: the reader does not say how the date is known"; screen; exit 1; }

step "sources side by side"
keys s
wait_for "┏"
screen | grep -qF "┌" || screen | grep -qF "only one source" ||
  { echo "tmux-flow: FAIL: side by side shows neither two panes nor the one-source note"; screen; exit 1; }
save side
keys Tab
sleep 0.3
keys q
wait_for "[ previous event in article"

step "back and quit"
sleep 0.3
keys Escape
wait_for "actors: Kataib Hezbollah"
sleep 0.3
keys q
wait_for "ANNALS-EXITED 0"
step "OK"

# Live following, on its own copy of the corpus; then a real story opens
# on its own period and a one-week filter lists that week first.
if [ -x scripts/tmux-live.sh ]; then
  scripts/tmux-live.sh
fi
if [ -x scripts/tmux-story.sh ]; then
  scripts/tmux-story.sh ${out:+-o "$out"}
fi

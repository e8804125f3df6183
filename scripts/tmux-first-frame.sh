#!/usr/bin/env bash
# tmux-first-frame.sh — how long the real annals TUI takes, from launch,
# to show a timeline (its first month separator) on an index that is
# already built, as a user sees it in a terminal. Runs RUNS times
# (default 5) and prints each and the median.
#
# Usage: scripts/tmux-first-frame.sh [PATH...]   (default: news-1997)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux-first-frame: tmux not installed; skipping"
  exit 0
fi
paths=("$@")
if [ ${#paths[@]} = 0 ]; then
  paths=(../shared/corpus/news-1997.jsonl)
fi
runs=${RUNS:-5}
work=$(mktemp -d)
session="annals-ff-$$"
tm() { tmux -L "$session" -f /dev/null "$@"; }
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/annals" .
abs=()
for p in "${paths[@]}"; do abs+=("$(realpath "$p")"); done
echo "tmux-first-frame: building the index of ${paths[*]}"
"$work/annals" index --index "$work/index" "${abs[@]}" >/dev/null

# time_to CMD PATTERN: ms from starting CMD in a fresh tmux to PATTERN on screen.
time_to() {
  local t0 t1 i
  t0=$(date +%s%N)
  tm new-session -d -s "$session" -x 160 -y 48 "$1; sleep 30"
  for ((i = 0; i < 2000; i++)); do
    if tm capture-pane -t "$session" -p | grep -qF -- "$2"; then
      t1=$(date +%s%N)
      tm kill-server 2>/dev/null || true
      echo $(((t1 - t0) / 1000000))
      return 0
    fi
    sleep 0.005
  done
  tm kill-server 2>/dev/null || true
  echo "tmux-first-frame: FAIL: no \"$2\" within 10 s" >&2
  exit 1
}

# The same tmux start with a shell that only prints, and with annals
# printing its help, tell tmux's and the process's own start from the
# TUI's work.
tui=() base=() proc=()
for ((r = 0; r < runs; r++)); do
  base+=($(time_to "echo READY" READY))
  proc+=($(time_to "$work/annals --help >/dev/null; echo READY" READY))
  tui+=($(time_to "env TERM=xterm-256color $work/annals --index $work/index ${abs[*]}" "── "))
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(($# / 2 + 1))p"; }
mt=$(median "${tui[@]}") mb=$(median "${base[@]}") mp=$(median "${proc[@]}")
echo "tmux-first-frame: ms to the first timeline frame: ${tui[*]} (median $mt)"
echo "tmux-first-frame: tmux alone: median $mb ms; annals --help: median $mp ms"
echo "tmux-first-frame: the TUI's own part: $((mt - mp)) ms over a process start ($((mp - mb)) ms); load $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# tmux-hostile.sh — article text must never drive the terminal. Runs every
# printing command (and the TUI) in a real tmux pane on a corpus whose
# text decodes to OSC 0 (window title), OSC 52 (clipboard) and screen
# clearing, then asserts the pane title is unchanged and tmux received no
# clipboard write. Exits non-zero on the first failure.
#
# Usage: scripts/tmux-hostile.sh [BINARY]   (builds annals when not given)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux-hostile: tmux not installed; skipping"
  exit 0
fi

work=$(mktemp -d)
session="annals-hostile-$$"
sock="annals-hostile-$$"
t() { tmux -L "$sock" "$@"; }
cleanup() {
  t kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

bin=${1:-}
if [ -z "$bin" ]; then
  go build -o "$work/annals" .
  bin="$work/annals"
fi

mkdir -p "$work/corpus" "$work/index"
cat > "$work/corpus/page.html" <<'HTML'
<html><head><title>Hostile &#x1b;]0;PWNED&#x7; page</title>
<meta property="og:site_name" content="Evil&#x1b;]2;OUTLET&#x1b;\"></head>
<body><article><h1>Hostile &#x1b;]0;PWNED&#x7; page</h1>
<p>The drone attack on Sunday killed three soldiers near the border, officials said on Monday.</p>
<p>x &#x1b;]52;c;SFRNTEJPRFk=&#x7; drone, officials said on Monday.</p>
</article></body></html>
HTML
printf '%s\n' '{"id":"j1","title":"Raw \u001b]52;c;SFRNTEJPRFk=\u0007 drone \u001b]0;PWNED\u0007","published":"2024-01-29","text":"A drone struck the base on Sunday, officials said on Monday. \u001b]52;c;SFRNTEJPRFk=\u0007"}' > "$work/corpus/feed.jsonl"
# A file name with an escape and a newline in it.
printf 'A drone hit the base on Sunday.\n' > "$work/corpus/$(printf 'evil\033]0;PWNED\007\nwarning: fake.txt')"

t -f /dev/null new-session -d -s "$session" -x 120 -y 40
t set -g set-clipboard on
t set -g allow-rename on
t select-pane -t "$session" -T SAFE

fail=0
check() {
  local what=$1
  local title
  title=$(t display -p -t "$session" '#{pane_title}')
  # The TUI names its window "annals" (and clears it on exit); only a
  # title written by the article text is a failure.
  if [ "$title" != "SAFE" ] && [ "$title" != "annals" ] && [ -n "$title" ]; then
    echo "tmux-hostile: FAIL: $what set the pane title to '$title'"
    fail=1
  fi
  t select-pane -t "$session" -T SAFE
  if t list-buffers 2>/dev/null | grep -q .; then
    echo "tmux-hostile: FAIL: $what wrote the clipboard: $(t list-buffers)"
    fail=1
    while t delete-buffer 2>/dev/null; do :; done
  fi
}

id=$("$bin" articles --json "$work/corpus" 2>/dev/null | python3 -c 'import json,sys; print([a["id"] for a in json.load(sys.stdin)["articles"] if a["file"].endswith(".html")][0])')
for cmd in "articles $work/corpus" "articles --why $work/corpus" "articles --json $work/corpus" \
  "show $id $work/corpus" "show --sentences $id $work/corpus" "show j1 $work/corpus" \
  "tag $work/corpus/page.html" "search drone --index $work/index $work/corpus" \
  "export --format md $work/corpus" "export --format csv $work/corpus" "export --format json $work/corpus" \
  "export --format timelinejs $work/corpus"; do
  t send-keys -t "$session" "clear; $bin $cmd; echo DONE-\$?" Enter
  for _ in $(seq 1 100); do
    if t capture-pane -p -t "$session" | grep -q 'DONE-[0-9]'; then break; fi
    sleep 0.1
  done
  check "annals $cmd"
done

# The TUI: open it, search, read the source, quit.
t send-keys -t "$session" "clear; $bin --index $work/index $work/corpus" Enter
sleep 2
t send-keys -t "$session" "/" ; t send-keys -t "$session" -l "drone"; t send-keys -t "$session" Enter
sleep 0.5
t send-keys -t "$session" Enter
sleep 0.5
t send-keys -t "$session" q q q
sleep 0.5
check "the TUI"

if [ $fail -ne 0 ]; then exit 1; fi
echo "tmux-hostile: ok (pane title and clipboard untouched by 13 commands and the TUI)"

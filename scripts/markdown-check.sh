#!/usr/bin/env bash
# markdown-check.sh: render annals' Markdown export with pandoc (its own
# Markdown and GitHub's) and check what a reader of the HTML sees
# (issue 16): each source quote is a blockquote of its own holding the
# quote, a line break, and its attribution ("— outlet, file, date
# [bytes a–b]") on its own line, in the order and with the exact text of
# the JSON export's sources (so no article text turned into emphasis,
# links or tags), and no HTML element pandoc would not make from the
# export's own Markdown (raw article markup surviving).
#
# Usage: scripts/markdown-check.sh [CORPUS]   (default: the samples)
# Environment: SNIPPET=FILE writes the first entry's HTML there.
# Needs pandoc (apt-get install -y pandoc) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/seed}
if ! command -v pandoc >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null)
fi
work=$(mktemp -d /tmp/annals-md-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/annals" .
"$work/annals" export --format md "$corpus" >"$work/export.md" 2>"$work/export.err" || { cat "$work/export.err" >&2; exit 1; }
"$work/annals" export --format json "$corpus" >"$work/export.json" 2>"$work/export.err" || { cat "$work/export.err" >&2; exit 1; }
rc=0
for from in markdown gfm; do
  pandoc -f "$from" -t html "$work/export.md" -o "$work/$from.html"
  if python3 - "$work/export.json" "$work/$from.html" "$from" "${SNIPPET:-}" <<'EOF'; then :; else rc=1; fi
import html
import html.parser
import json
import re
import sys

data = json.load(open(sys.argv[1]))
page = open(sys.argv[2], encoding="utf-8").read()
flavour, snippet = sys.argv[3], sys.argv[4]
fold = lambda s: re.sub(r"\s+", " ", s).strip()
# pandoc's own Markdown is "smart": ' " -- ... become ’ ” – …, a change of
# typography, not of words; the comparison folds both sides to ASCII for
# it (pandoc -f markdown-smart, or GitHub's Markdown, keeps them as typed).
if flavour == "markdown":
    SMART = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "--", "—": "---", "…": "..."})
    plain = fold
    # Smart quotes also hug their words ("see ” Mayer" → "see” Mayer").
    fold = lambda s: re.sub(r"\s*([\"'])\s*", r"\1", plain(s).translate(SMART))
# What pandoc makes of the export's own Markdown (headings, lists, quotes,
# emphasis, links of the contents, anchors); anything else came from text.
ALLOWED = {"h1", "h2", "h3", "ul", "li", "p", "blockquote", "em", "strong", "a", "br"}


class Quotes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.quotes, self.cur, self.depth, self.bad = [], None, 0, []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.bad.append(self.get_starttag_text())
        if tag == "blockquote":
            self.depth += 1
            self.cur = {"parts": [""], "paras": 0, "nested": self.depth > 1}
        elif self.cur is not None:
            if tag == "br":
                self.cur["parts"].append("")
            elif tag == "p":
                self.cur["paras"] += 1
            elif tag != "a":
                # Markup inside a quote. (A link is GitHub's autolink of a
                # URL in the text: the text is unchanged, and compared.)
                self.cur["parts"][-1] += f"<{tag}>"

    def handle_endtag(self, tag):
        if tag == "blockquote":
            self.depth -= 1
            self.quotes.append(self.cur)
            self.cur = None

    def handle_data(self, d):
        if self.cur is not None:
            self.cur["parts"][-1] += d


p = Quotes()
p.feed(page)
fails = []
sources = [(i, s) for i, e in enumerate(data["events"]) for s in e.get("sources") or []]
if not sources:
    fails.append("the export has no sources: nothing was checked")
if len(p.quotes) != len(sources):
    fails.append(f"{len(p.quotes)} blockquotes for {len(sources)} sources")
for n, (q, (i, s)) in enumerate(zip(p.quotes, sources)):
    where = f"event {i} source {s.get('article')}"
    if q["nested"] or q["paras"] != 1 or len(q["parts"]) != 2:
        fails.append(f"{where}: blockquote with {q['paras']} paragraphs and {len(q['parts']) - 1} line breaks, want one of each: {q['parts']}")
        continue
    quote, attribution = fold(q["parts"][0]), fold(q["parts"][1])
    want = fold(s["text"])
    if quote != want:
        at = next((k for k, (a, b) in enumerate(zip(quote, want)) if a != b), min(len(quote), len(want)))
        fails.append(f"{where}: quote reads …{quote[max(0, at - 30):at + 30]!r}…, the source …{want[max(0, at - 30):at + 30]!r}…")
    if not attribution.startswith(fold("— ")) or fold(f"[bytes {s['start']}–{s['end']}]") not in attribution:
        fails.append(f"{where}: attribution line {attribution[:90]!r}")
for t in sorted(set(p.bad))[:5]:
    fails.append(f"raw markup in the HTML: {t[:80]}")
for f in fails[:20]:
    print(f"markdown-check ({flavour}): FAIL {f}")
if snippet and flavour == "markdown":
    start = page.find("<li>")
    end = page.find("</li>", page.find("<blockquote>", page.find("</blockquote>") + 1)) + 5
    open(snippet, "w").write(page[start:end] + "\n")
print(f"markdown-check ({flavour}): {len(p.quotes)} blockquotes for {len(sources)} sources "
      f"of {len(data['events'])} events; {len(fails)} problems")
sys.exit(1 if fails else 0)
EOF
done
exit $rc

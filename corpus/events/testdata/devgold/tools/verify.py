#!/usr/bin/env python3
"""Independent check of a gold file: parses, every span's bytes decode to the recorded text,
dates agree with their precision, types are known, ids unique. usage: verify.py GOLD.json FOLDER"""
import json, os, re, sys, datetime
TYPES = {"attack", "strike", "killing", "casualties", "statement", "threat", "diplomacy", "meeting",
         "negotiation", "announcement", "report", "withdrawal", "other", "clash", "arrest", "trial",
         "protest", "election", "agreement", "accident", "disaster", "economy"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "week": r"^\d{4}-W\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
gold, folder = sys.argv[1], sys.argv[2]
g = json.load(open(gold, encoding="utf-8"))
assert isinstance(g["conventions"], str) and g["conventions"]
raw = {}
ids, bad, n = set(), 0, 0
for e in g["events"]:
    assert e["id"] not in ids, e["id"]; ids.add(e["id"])
    assert e["type"] in TYPES, (e["id"], e["type"])
    assert re.match(PREC[e["precision"]], e["date"]), (e["id"], e["date"], e["precision"])
    if e["precision"] == "day":
        datetime.date.fromisoformat(e["date"])
    assert isinstance(e["actors"], list) and all(isinstance(a, str) and a for a in e["actors"])
    assert len(set(e["actors"])) == len(e["actors"]), e["id"]
    assert e["mentions"], e["id"]
    for m in e["mentions"]:
        f = m["file"]
        if f not in raw:
            raw[f] = open(os.path.join(folder, f), "rb").read()
        b = raw[f][m["start"]:m["end"]]
        n += 1
        if b.decode("utf-8") != m["text"] or not (0 <= m["start"] < m["end"] <= len(raw[f])):
            bad += 1
            print("MISMATCH", e["id"], f, m["start"], m["end"], repr(b[:60]), repr(m["text"][:60]))
files = set(os.listdir(folder))
print(gold, "events", len(g["events"]), "spans", n, "bad", bad,
      "multi-file", sum(1 for e in g["events"] if len({m["file"] for m in e["mentions"]}) > 1),
      "files", len(files), "unannotated files", sorted(files - set(raw)))
sys.exit(1 if bad else 0)

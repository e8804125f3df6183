#!/usr/bin/env python3
"""Turn hand-written event annotations (mentions given as exact text) into seed-gold JSON with
UTF-8 byte offsets, and verify that every span reads back byte-for-byte from the raw file.

usage: build.py EVENTS_MODULE FOLDER OUT.json
An event's mentions are (file, text) or (file, text, n): the n-th (0-based) occurrence of text."""
import importlib.util, json, os, sys

def load(path):
    spec = importlib.util.spec_from_file_location("ev", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m

def main():
    mod, folder, out = sys.argv[1:4]
    m = load(mod)
    raw = {f: open(os.path.join(folder, f), "rb").read() for f in os.listdir(folder)}
    events, errors = [], []
    seen_ids = set()
    for i, e in enumerate(m.EVENTS, 1):
        eid = "e%d" % i
        ms = []
        for men in e["mentions"]:
            f, text = men[0], men[1]
            n = men[2] if len(men) > 2 else 0
            if f not in raw:
                errors.append("%s: no file %s" % (eid, f)); continue
            b = text.encode("utf-8")
            pos, k = -1, -1
            while k < n:
                pos = raw[f].find(b, pos + 1)
                if pos < 0:
                    break
                k += 1
            if pos < 0:
                errors.append("%s: not found in %s: %r" % (eid, f, text)); continue
            cnt = raw[f].count(b)
            if cnt > 1 and len(men) < 3:
                errors.append("%s: %d occurrences in %s, give n: %r" % (eid, cnt, f, text))
            s, t = pos, pos + len(b)
            assert raw[f][s:t].decode("utf-8") == text
            ms.append({"file": f, "start": s, "end": t, "text": text})
        ev = {"id": eid, "date": e["date"], "precision": e["precision"], "type": e["type"],
              "actors": e["actors"]}
        if e.get("place"):
            ev["place"] = e["place"]
        ev["summary"] = e["summary"]
        ev["mentions"] = ms
        events.append(ev)
    # chronological order, as in seed-gold
    def key(ev):
        d = ev["date"]
        if "-W" in d:
            import datetime
            y, w = d.split("-W")
            d = datetime.date.fromisocalendar(int(y), int(w), 1).isoformat()
        return d
    events.sort(key=key)
    for i, ev in enumerate(events, 1):
        ev["id"] = "e%d" % i
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    json.dump({"conventions": m.CONVENTIONS, "events": events}, open(out, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    files = {mm["file"] for ev in events for mm in ev["mentions"]}
    multi = sum(1 for ev in events if len({mm["file"] for mm in ev["mentions"]}) > 1)
    print("events", len(events), "mentions", sum(len(ev["mentions"]) for ev in events),
          "files with mentions", len(files), "of", len(raw), "multi-file events", multi)
    for f in sorted(set(raw) - files):
        print("  no mention in", f)

if __name__ == "__main__":
    main()

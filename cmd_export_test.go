package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"export", "--format", "csv", "--all"}, &out, &errb); code != exitOK {
		t.Fatalf("export csv: exit %d: %s", code, errb.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(rows) < 10 || rows[0][1] != "event_date" {
		t.Fatalf("csv: %v, %d rows", err, len(rows))
	}

	out.Reset()
	if code := run([]string{"export"}, &out, &errb); code != exitOK {
		t.Fatalf("export json: exit %d", code)
	}
	var tl struct {
		Articles []struct {
			ID   string `json:"id"`
			File string `json:"file"`
		} `json:"articles"`
		Events []struct {
			Sources []struct {
				File       string `json:"file"`
				Start, End int
			} `json:"sources"`
		} `json:"events"`
		Actors []struct {
			Name     string `json:"name"`
			Mentions int    `json:"mentions"`
		} `json:"actors"`
	}
	if err := json.Unmarshal(out.Bytes(), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Articles) != 5 || len(tl.Events) == 0 || len(tl.Actors) == 0 {
		t.Errorf("json: %d articles, %d events, %d actors", len(tl.Articles), len(tl.Events), len(tl.Actors))
	}

	out.Reset()
	errb.Reset()
	if code := run([]string{"export", "--format", "xml"}, &out, &errb); code != exitUsage || !strings.Contains(errb.String(), "unknown format") {
		t.Errorf("bad format: exit %d, %q", code, errb.String())
	}
}

// TestExportFilters: an export of one actor's events from a date on holds
// just those events, as the index finds them, in date order.
func TestExportFilters(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"export", "--index", dir, "--actor", "Kataib Hezbollah", "--from", "2024-01", "--format", "json"}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var tl struct {
		Events []struct {
			Date struct {
				Value string `json:"value"`
			} `json:"date"`
			Actors  []string `json:"actors"`
			Targets []string `json:"targets"`
		} `json:"events"`
		Articles []struct {
			ID string `json:"id"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(out.Bytes(), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) == 0 || len(tl.Articles) == 0 {
		t.Fatalf("no events or articles: %s", out.String())
	}
	last := ""
	for _, e := range tl.Events {
		all := strings.Join(append(e.Actors, e.Targets...), "|")
		if !strings.Contains(all, "Kataib Hezbollah") || e.Date.Value < "2024-01" || e.Date.Value < last {
			t.Errorf("event %v %v outside the view or out of order", e.Date.Value, all)
		}
		last = e.Date.Value
	}
	var md bytes.Buffer
	if code := run([]string{"export", "--index", dir, "--actor", "Kataib Hezbollah", "--from", "2024-01", "--format", "md"}, &md, &errb); code != exitOK {
		t.Fatalf("md: exit %d", code)
	}
	if n := strings.Count(md.String(), "\n- **"); n != len(tl.Events) {
		t.Errorf("markdown has %d entries, json %d", n, len(tl.Events))
	}
}

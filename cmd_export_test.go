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
	if code := run([]string{"export", "--format", "csv"}, &out, &errb); code != exitOK {
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

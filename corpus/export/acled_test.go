package export_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/annals/annals/corpus/export"
	"github.com/annals/annals/model"
)

// acledCodebookColumns are the columns of a file downloaded from ACLED,
// written out from ACLED's codebook (not from the exporter), in order.
var acledCodebookColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
	"actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
	"iso", "region", "country", "admin1", "admin2", "admin3", "location",
	"latitude", "longitude", "geo_precision", "source", "source_scale",
	"notes", "fatalities", "tags", "timestamp",
}

var acledEventTypes = map[string]bool{
	"Battles": true, "Explosions/Remote violence": true, "Violence against civilians": true,
	"Protests": true, "Riots": true, "Strategic developments": true,
}

// TestACLEDHeaderAndRowsParse: the samples' CSV, with and without --all,
// opens with ACLED's codebook columns in ACLED's order and every row
// parses as ACLED code reads it: one field per column, event_date a
// YYYY-MM-DD date whose year is the year column, time_precision a number,
// event_type one of ACLED's six, sub_event_type one of its own, numeric
// columns numeric, event_id_cnty unique; a row dated only to a year
// (kept by --all) has no ACLED types.
func TestACLEDHeaderAndRowsParse(t *testing.T) {
	tl := loadSeedTimeline(t)
	for _, all := range []bool{false, true} {
		var b bytes.Buffer
		if err := export.WriteCSV(&b, tl, export.Options{All: all}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll() // also fails on a ragged row
		if err != nil {
			t.Fatalf("all=%v: csv: %v", all, err)
		}
		if len(rows) < 2 {
			t.Fatalf("all=%v: %d rows, want a header and events", all, len(rows))
		}
		head := rows[0]
		if len(head) < len(acledCodebookColumns) {
			t.Fatalf("all=%v: header %v shorter than ACLED's", all, head)
		}
		for i, c := range acledCodebookColumns {
			if head[i] != c {
				t.Errorf("all=%v: column %d is %q, ACLED's is %q", all, i, head[i], c)
			}
		}
		col := map[string]int{}
		for i, h := range head {
			col[h] = i
		}
		ids := map[string]bool{}
		coded := 0
		for _, r := range rows[1:] {
			get := func(c string) string { return r[col[c]] }
			id := get("event_id_cnty")
			if id == "" || ids[id] {
				t.Errorf("all=%v: event_id_cnty %q empty or repeated", all, id)
			}
			ids[id] = true
			if d := get("event_date"); d != "" {
				when, err := time.Parse("2006-01-02", d)
				if err != nil {
					t.Errorf("all=%v: %s: event_date %q: %v", all, id, d, err)
				} else if strconv.Itoa(when.Year()) != get("year") {
					t.Errorf("all=%v: %s: year %q, event_date %q", all, id, get("year"), d)
				}
			}
			for _, c := range []string{"time_precision", "fatalities", "inter1", "inter2", "interaction", "iso"} {
				if v := get(c); v != "" {
					if _, err := strconv.Atoi(v); err != nil {
						t.Errorf("all=%v: %s: %s %q is not a number", all, id, c, v)
					}
				}
			}
			et, sub := get("event_type"), get("sub_event_type")
			if get("time_precision") == "4" && (et != "" || sub != "" || get("disorder_type") != "") {
				t.Errorf("all=%v: %s: a year-only date with ACLED types %q/%q (ACLED codes to the month)", all, id, et, sub)
			}
			if et == "" {
				if !all {
					t.Errorf("all=%v: %s: an event ACLED would not code is in the default export", all, id)
				}
				continue
			}
			coded++
			if !acledEventTypes[et] {
				t.Errorf("all=%v: %s: event_type %q is not ACLED's", all, id, et)
			}
			if want, disorder, ok := model.ACLEDTypes(sub); !ok || want != et || disorder != get("disorder_type") {
				t.Errorf("all=%v: %s: sub_event_type %q under %q (%q), codebook: %q %q %v", all, id, sub, et, get("disorder_type"), want, disorder, ok)
			}
		}
		if coded == 0 {
			t.Errorf("all=%v: no row has an ACLED event_type", all)
		}
	}
}

// TestACLEDStrikeToldAsStrike: an event typed "strike" is ACLED's
// Air/drone strike only when its source tells of a strike, raid or
// bombing; a sentence about an earthquake or a workers' strike typed
// "strike" is not coded, so its death toll stays out of every count
// (news-1997 had a 73,000-death earthquake as an air strike). Real
// sentences from news-1997, each as a one-source strike event.
func TestACLEDStrikeToldAsStrike(t *testing.T) {
	path := filepath.Join(shared, "corpus", "news-1997.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("news-1997 not present")
	}
	defer f.Close()
	quake := regexp.MustCompile(`[^.]*\bearthquake\b[^.]*\bkill[^.]*\.`)
	labour := regexp.MustCompile(`[^.]*\b(went|go|going) on strike\b[^.]*\.`)
	air := regexp.MustCompile(`[^.]*\b(air ?strikes?|air raids?)\b[^.]*\.`)
	var quakes, strikes, airs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		text := strings.Join(strings.Fields(a.Text), " ")
		quakes = append(quakes, quake.FindAllString(text, -1)...)
		strikes = append(strikes, labour.FindAllString(text, -1)...)
		airs = append(airs, air.FindAllString(text, -1)...)
	}
	if len(quakes) == 0 || len(strikes) == 0 || len(airs) == 0 {
		t.Fatalf("news-1997: %d earthquake, %d labour-strike, %d air-strike sentences; want some of each", len(quakes), len(strikes), len(airs))
	}
	subOf := func(sentence string) string {
		tl := &model.Timeline{Events: []model.Event{{
			ID: "x", Type: model.EventStrike, Date: model.EventDate{Value: "2005-10-08", Precision: model.PrecisionDay},
			Sources: []model.Source{{Text: sentence}},
		}}}
		var b bytes.Buffer
		if err := export.WriteCSV(&b, tl, export.Options{All: true}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("csv: %v, %d rows", err, len(rows))
		}
		for i, h := range rows[0] {
			if h == "sub_event_type" {
				return rows[1][i]
			}
		}
		return ""
	}
	for _, s := range append(quakes, strikes...) {
		if sub := subOf(s); sub == model.SubAirDroneStrike {
			t.Errorf("coded as %s: %q", sub, s)
		}
	}
	for _, s := range airs {
		if strings.Contains(s, "earthquake") || strings.Contains(s, "on strike") {
			continue
		}
		if sub := subOf(s); sub != model.SubAirDroneStrike {
			t.Errorf("an air strike coded as %q: %q", sub, s)
		}
	}
}

// TestACLEDCountryOfTerritory: a place that names a territory of a
// country ACLED lists ("Gaza Strip", "West Bank") is filed under ACLED's
// name for it, with its numeric ISO code and an event_id_cnty from its
// ISO alpha-3 code, so a group-by on country does not split it.
func TestACLEDCountryOfTerritory(t *testing.T) {
	for _, place := range []string{"Gaza Strip", "Gaza", "West Bank"} {
		tl := &model.Timeline{Events: []model.Event{{
			ID: "x", Type: model.EventClash, Place: place,
			Date:    model.EventDate{Value: "2006-06-25", Precision: model.PrecisionDay},
			Sources: []model.Source{{Text: "Militants clashed with troops."}},
		}}}
		var b bytes.Buffer
		if err := export.WriteCSV(&b, tl, export.Options{}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("%s: csv: %v, %d rows", place, err, len(rows))
		}
		got := map[string]string{}
		for i, h := range rows[0] {
			got[h] = rows[1][i]
		}
		if got["country"] != "Palestine" || got["iso"] != "275" || !strings.HasPrefix(got["event_id_cnty"], "PSE") || got["location"] != place {
			t.Errorf("%s: country %q iso %q id %q location %q; want Palestine, 275, PSE…, the place", place, got["country"], got["iso"], got["event_id_cnty"], got["location"])
		}
	}
}

// TestACLEDYearOnlyHasNoTypes: an air strike told in a real news-1997
// sentence, dated to the month, is coded; the same dated only to a year
// is left out by default and, kept by --all, has no ACLED types and
// time_precision 4, so a count of ACLED's types by month never files it
// under January.
func TestACLEDYearOnlyHasNoTypes(t *testing.T) {
	sentence := firstNewsSentence(t, regexp.MustCompile(`[^.]*\bair ?strikes?\b[^.]*\bkill[^.]*\.`))
	row := func(value, precision string, all bool) map[string]string {
		tl := &model.Timeline{Events: []model.Event{{
			ID: "x", Type: model.EventStrike, Date: model.EventDate{Value: value, Precision: precision},
			Sources: []model.Source{{Text: sentence}},
		}}}
		var b bytes.Buffer
		if err := export.WriteCSV(&b, tl, export.Options{All: all}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 2 {
			return nil
		}
		got := map[string]string{}
		for i, h := range rows[0] {
			got[h] = rows[1][i]
		}
		return got
	}
	if r := row("1997-04", model.PrecisionMonth, false); r == nil || r["event_type"] != model.ACLEDExplosions || r["time_precision"] != "3" {
		t.Errorf("month-dated air strike: %v", r)
	}
	if r := row("1997", model.PrecisionYear, false); r != nil {
		t.Errorf("year-only air strike in the default export: %v", r)
	}
	r := row("1997", model.PrecisionYear, true)
	if r == nil || r["event_type"] != "" || r["sub_event_type"] != "" || r["disorder_type"] != "" || r["time_precision"] != "4" || r["year"] != "1997" {
		t.Errorf("year-only air strike with --all: %v", r)
	}
}

// firstNewsSentence is the first news-1997 sentence matching re.
func firstNewsSentence(t *testing.T, re *regexp.Regexp) string {
	f, err := os.Open(filepath.Join(shared, "corpus", "news-1997.jsonl"))
	if err != nil {
		t.Skip("news-1997 not present")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		if m := re.FindString(strings.Join(strings.Fields(a.Text), " ")); m != "" {
			return m
		}
	}
	t.Fatalf("no news-1997 sentence matches %s", re)
	return ""
}

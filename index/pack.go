package index

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/annals/annals/corpus/events"
	"github.com/annals/annals/model"
)

// Stored values are JSON compressed with DEFLATE against a preset
// dictionary of the JSON keys they repeat: each value is compressed on
// its own (a search decompresses a page of them), and a value of a few
// hundred bytes compresses poorly without a dictionary. The result is
// about a third smaller than bleve's own stored-field compression
// (snappy) alone.

// packDict primes the compressor with the keys and common values of the
// stored JSON. Changing it changes the stored format (FormatVersion).
var packDict = func() []byte {
	src := model.Source{Article: "x", File: "x", Start: 1, End: 1, CleanStart: 1, CleanEnd: 1, Text: "x", Outlet: "x", Published: "x"}
	ev := model.Event{ID: "x", Summary: "x", Type: "x", Actors: []string{"x"}, Targets: []string{"x"}, Place: "x", Sources: []model.Source{src, src}}
	ev.Date.Value, ev.Date.Precision, ev.Date.Text = "x", "x", "x"
	var parts [][]byte
	add := func(v any) {
		b, _ := json.Marshal(v)
		parts = append(parts, b)
	}
	add(events.Extraction{Events: []model.Event{ev}, Mentions: []model.ActorMention{{Text: "x", Actor: "x", Kind: "x", Role: "x", Start: 1, End: 1}}, Hints: []events.Hint{{}}})
	add(model.Article{ID: "x", Title: "x", Outlet: "x", Published: "x", PublishedSource: "x", Confidence: "x"})
	add([]string{model.BlockBody, model.PrecisionDay, model.PrecisionMonth, model.PrecisionYear})
	add(model.EventTypes)
	// Most frequent last: DEFLATE codes nearer matches shorter.
	return bytes.Join(parts, nil)
}()

var (
	packers   = sync.Pool{New: func() any { w, _ := flate.NewWriterDict(io.Discard, flate.DefaultCompression, packDict); return w }}
	unpackers = sync.Pool{New: func() any { return flate.NewReaderDict(bytes.NewReader(nil), packDict) }}
)

// pack compresses JSON for storage.
func pack(b []byte) []byte {
	var out bytes.Buffer
	w := packers.Get().(*flate.Writer)
	w.Reset(&out)
	w.Write(b)
	w.Close()
	packers.Put(w)
	return out.Bytes()
}

// unpack reverses pack.
func unpack(b []byte) ([]byte, error) {
	var out []byte
	err := unpacked(b, func(v []byte) error {
		out = bytes.Clone(v)
		return nil
	})
	return out, err
}

var unpackBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// unpacked calls f with b unpacked into a reused buffer, which f must
// not keep: a search unpacks every hit of its page.
func unpacked(b []byte, f func([]byte) error) error {
	r := unpackers.Get().(io.ReadCloser)
	defer unpackers.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(b), packDict); err != nil {
		return err
	}
	buf := unpackBufs.Get().(*bytes.Buffer)
	defer unpackBufs.Put(buf)
	buf.Reset()
	buf.Grow(4 * len(b))
	if _, err := buf.ReadFrom(r); err != nil {
		return fmt.Errorf("stored value: %w", err)
	}
	return f(buf.Bytes())
}

// packSentences writes sentences as numbers relative to the one before
// (six a sentence): their JSON objects were the largest part of a stored
// article. Texts are left out when they are the span of text they name;
// others are returned apart, by sentence number.
func packSentences(text string, ss []model.Sentence) (nums []int, kinds []string, texts map[int]string) {
	kindNo := map[string]int{}
	prevEnd, prevPara := 0, 0
	nums = make([]int, 0, 6*len(ss))
	for i, s := range ss {
		k, ok := kindNo[s.Kind]
		if !ok {
			k = len(kinds)
			kindNo[s.Kind] = k
			kinds = append(kinds, s.Kind)
		}
		nums = append(nums, s.Start-prevEnd, s.End-s.Start, s.CleanStart-s.Start, s.CleanEnd-s.CleanStart, s.Para-prevPara, k)
		prevEnd, prevPara = s.End, s.Para
		if !(s.CleanStart >= 0 && s.CleanStart <= s.CleanEnd && s.CleanEnd <= len(text) && text[s.CleanStart:s.CleanEnd] == s.Text) {
			if texts == nil {
				texts = map[int]string{}
			}
			texts[i] = s.Text
		}
	}
	return nums, kinds, texts
}

func unpackSentences(text string, nums []int, kinds []string, texts map[int]string) ([]model.Sentence, error) {
	if len(nums)%6 != 0 {
		return nil, fmt.Errorf("stored sentences: %d numbers", len(nums))
	}
	ss := make([]model.Sentence, len(nums)/6)
	prevEnd, prevPara := 0, 0
	for i := range ss {
		n := nums[6*i : 6*i+6]
		s := &ss[i]
		s.Start = prevEnd + n[0]
		s.End = s.Start + n[1]
		s.CleanStart = s.Start + n[2]
		s.CleanEnd = s.CleanStart + n[3]
		s.Para = prevPara + n[4]
		if n[5] < 0 || n[5] >= len(kinds) {
			return nil, fmt.Errorf("stored sentences: kind %d", n[5])
		}
		s.Kind = kinds[n[5]]
		prevEnd, prevPara = s.End, s.Para
		if t, ok := texts[i]; ok {
			s.Text = t
		} else if s.CleanStart >= 0 && s.CleanStart <= s.CleanEnd && s.CleanEnd <= len(text) {
			s.Text = text[s.CleanStart:s.CleanEnd]
		}
	}
	return ss, nil
}

// packMap writes an offset map as numbers relative to the segment before
// (four a segment).
func packMap(m model.OffsetMap) []int {
	nums := make([]int, 0, 4*len(m.Segments))
	pc, pr := 0, 0
	for _, s := range m.Segments {
		nums = append(nums, s.CleanStart-pc, s.RawStart-pr, s.CleanLen, s.RawLen)
		pc, pr = s.CleanStart+s.CleanLen, s.RawStart+s.RawLen
	}
	return nums
}

func unpackMap(nums []int) (model.OffsetMap, error) {
	var m model.OffsetMap
	if len(nums)%4 != 0 {
		return m, fmt.Errorf("stored offset map: %d numbers", len(nums))
	}
	if len(nums) > 0 {
		m.Segments = make([]model.Segment, len(nums)/4)
	}
	pc, pr := 0, 0
	for i := range m.Segments {
		n := nums[4*i : 4*i+4]
		s := model.Segment{CleanStart: pc + n[0], RawStart: pr + n[1], CleanLen: n[2], RawLen: n[3]}
		m.Segments[i] = s
		pc, pr = s.CleanStart+s.CleanLen, s.RawStart+s.RawLen
	}
	return m, nil
}

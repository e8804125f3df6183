package index

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
)

// QueryError is a query string bleve cannot parse, with where it stopped.
type QueryError struct {
	Query string
	// Pos is the byte offset of the first character that cannot be part of
	// a valid query; Col is the same as a 1-based column in runes.
	Pos, Col int
	Msg      string
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("bad query at column %d: %s\n  %s\n  %s^", e.Col, e.Msg, e.Query, strings.Repeat(" ", utf8.RuneCountInString(e.Query[:e.Pos])))
}

// parseText turns a query string into a query over the text fields of
// the kind of document searched (see searchFields). A term that names no
// field searches them all (rather than a composite _all field, which
// would double the size of the index).
//
// A field:value on a keyword field (actor, type, outlet, precision,
// value) is matched as a whole value, after norm has mapped what the user
// typed to the value indexed (see keywordLeaves).
func parseText(s, kind string, norm func(field, v string) string) (query.Query, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	if e := checkOperators(s); e != nil {
		return nil, e
	}
	q, err := safeParse(s)
	if err != nil {
		return nil, locate(s, err)
	}
	if e := checkLeaves(s, q); e != nil {
		return nil, e
	}
	return expand(keywordLeaves(q, norm), searchFields(kind)), nil
}

// keywordFields are the fields indexed as whole values, and fieldAliases
// the other names a user may give them.
var (
	keywordFields = map[string]bool{fActor: true, fType: true, fOutlet: true, fPrecision: true, fValue: true}
	fieldAliases  = map[string]string{"actors": fActor, "target": fActor, "targets": fActor, "types": fType}
)

// keywordLeaves rewrites a match or phrase on a keyword field into a term
// query on the value norm gives: bleve would analyse actor:"Kataib
// Hezbollah" into a one-word phrase, which needs term vectors the keyword
// fields do not keep, and match type:Attack only letter for letter.
func keywordLeaves(q query.Query, norm func(field, v string) string) query.Query {
	field := func(f string) string {
		if a, ok := fieldAliases[strings.ToLower(f)]; ok {
			return a
		}
		return f
	}
	whole := func(f, v string, boost *query.Boost) query.Query {
		if norm != nil {
			v = norm(f, v)
		}
		t := query.NewTermQuery(v)
		t.FieldVal = f
		t.BoostVal = boost
		return t
	}
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			q.Must = keywordLeaves(q.Must, norm)
		}
		if q.Should != nil {
			q.Should = keywordLeaves(q.Should, norm)
		}
		if q.MustNot != nil {
			q.MustNot = keywordLeaves(q.MustNot, norm)
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = keywordLeaves(q.Conjuncts[i], norm)
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = keywordLeaves(q.Disjuncts[i], norm)
		}
	case *query.MatchQuery:
		if f := field(q.FieldVal); keywordFields[f] && q.Fuzziness == 0 {
			return whole(f, q.Match, q.BoostVal)
		}
		q.FieldVal = field(q.FieldVal)
	case *query.MatchPhraseQuery:
		if f := field(q.FieldVal); keywordFields[f] && q.Fuzziness == 0 {
			return whole(f, q.MatchPhrase, q.BoostVal)
		}
		q.FieldVal = field(q.FieldVal)
	case *query.TermQuery:
		if f := field(q.FieldVal); keywordFields[f] {
			return whole(f, q.Term, q.BoostVal)
		}
	case *query.FuzzyQuery:
		q.FieldVal = field(q.FieldVal)
	case *query.PrefixQuery:
		q.FieldVal = field(q.FieldVal)
	case *query.WildcardQuery:
		q.FieldVal = field(q.FieldVal)
	case *query.RegexpQuery:
		q.FieldVal = field(q.FieldVal)
	}
	return q
}

// searchFields maps the field a query-string leaf names ("" for none) to
// the fields it searches in documents of kind. Events and articles keep
// their text in fields of their own ("text", "body"), so that an events
// search never walks the postings of articles; "text:" means either.
func searchFields(kind string) func(field string) []string {
	var plain, text []string
	switch kind {
	case "", KindEvents:
		plain, text = []string{fSummary, fText}, []string{fText}
	case KindArticles:
		plain, text = []string{fTitle, fBody}, []string{fBody}
	default:
		plain, text = []string{fSummary, fText, fTitle, fBody}, []string{fText, fBody}
	}
	return func(field string) []string {
		switch field {
		case "":
			return plain
		case fText:
			return text
		}
		return nil
	}
}

func safeParse(s string) (q query.Query, err error) {
	defer func() {
		if r := recover(); r != nil {
			q, err = nil, fmt.Errorf("%v", r)
		}
	}()
	q, err = query.NewQueryStringQuery(s).Parse()
	if err == nil {
		if v, ok := q.(query.ValidatableQuery); ok {
			err = v.Validate()
		}
	}
	return q, err
}

// locate finds where a query goes wrong: bleve's parser reports what
// but not where. The longest prefix that still parses ends just before
// the culprit (for an unclosed quote or parenthesis, the opener).
func locate(s string, err error) *QueryError {
	msg := strings.TrimSpace(strings.TrimPrefix(err.Error(), "parse error:"))
	msg = strings.ReplaceAll(msg, "\n", "; ")
	if msg == "syntax error" {
		msg = "unexpected character"
	}
	pos := 0
	for i := len(s); i > 0; i-- {
		if !utf8.RuneStart(s[i-1]) {
			continue
		}
		if _, err := safeParse(s[:i]); err == nil {
			pos = i
			break
		}
	}
	// Point at the first character after the good prefix that is not a space.
	for pos < len(s) && s[pos] == ' ' {
		pos++
	}
	if pos >= len(s) && len(s) > 0 {
		// The whole query parses as a prefix but not whole: the fault is
		// an opener left unclosed; point at the last quote or parenthesis.
		if i := strings.LastIndexAny(s, "\"(["); i >= 0 {
			pos = i
		} else {
			pos = len(s) - 1
		}
	}
	if strings.Count(s, "\"")%2 == 1 {
		pos = strings.LastIndex(s, "\"")
		msg = "unterminated quote"
	}
	return &QueryError{Query: s, Pos: pos, Col: utf8.RuneCountInString(s[:pos]) + 1, Msg: msg}
}

// expand rewrites every leaf whose field fields maps to a list into a
// disjunction over that list.
func expand(q query.Query, fields func(string) []string) query.Query {
	over := func(field string, mk func(field string) query.Query) query.Query {
		fs := fields(field)
		if fs == nil {
			return q
		}
		if len(fs) == 1 {
			return mk(fs[0])
		}
		qs := make([]query.Query, len(fs))
		for i, f := range fs {
			qs[i] = mk(f)
		}
		return query.NewDisjunctionQuery(qs)
	}
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			q.Must = expand(q.Must, fields)
		}
		if q.Should != nil {
			q.Should = expand(q.Should, fields)
		}
		if q.MustNot != nil {
			q.MustNot = expand(q.MustNot, fields)
		}
		return q
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = expand(q.Conjuncts[i], fields)
		}
		return q
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = expand(q.Disjuncts[i], fields)
		}
		return q
	case *query.MatchQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.MatchPhraseQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.FuzzyQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.PrefixQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.WildcardQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.RegexpQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	case *query.TermQuery:
		return over(q.FieldVal, func(f string) query.Query { c := *q; c.FieldVal = f; return &c })
	}
	return q
}

// checkLeaves finds what parses but bleve would refuse only when it
// searches (a fuzziness over its maximum, a regexp that does not compile):
// a mistake in the query, to be told as one rather than as a failed search.
func checkLeaves(s string, q query.Query) *QueryError {
	bad := func(needle, msg string) *QueryError {
		pos := strings.Index(s, needle)
		if pos < 0 {
			pos = 0
		}
		return &QueryError{Query: s, Pos: pos, Col: utf8.RuneCountInString(s[:pos]) + 1, Msg: msg}
	}
	fuzzy := func(term string, n int) *QueryError {
		if n > searcher.MaxFuzziness {
			return bad(term+"~", fmt.Sprintf("fuzziness %d is over the maximum of %d (use %s~1 or %s~2)", n, searcher.MaxFuzziness, term, term))
		}
		return nil
	}
	var walk func(q query.Query) *QueryError
	walk = func(q query.Query) *QueryError {
		var kids []query.Query
		switch q := q.(type) {
		case *query.BooleanQuery:
			kids = []query.Query{q.Must, q.Should, q.MustNot}
		case *query.ConjunctionQuery:
			kids = q.Conjuncts
		case *query.DisjunctionQuery:
			kids = q.Disjuncts
		case *query.MatchQuery:
			return fuzzy(q.Match, q.Fuzziness)
		case *query.MatchPhraseQuery:
			return fuzzy(q.MatchPhrase, q.Fuzziness)
		case *query.FuzzyQuery:
			return fuzzy(q.Term, q.Fuzziness)
		case *query.RegexpQuery:
			if _, err := regexp.Compile(q.Regexp); err != nil {
				msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
				return bad("/"+q.Regexp, "bad regular expression: "+msg)
			}
		}
		for _, k := range kids {
			if k == nil {
				continue
			}
			if e := walk(k); e != nil {
				return e
			}
		}
		return nil
	}
	return walk(q)
}

// checkOperators refuses the boolean syntax of other search engines,
// which bleve's query string does not have and would take silently: a
// parenthesis is dropped by the analyser ("drone AND (" searched for
// "drone"), and AND, OR and NOT are searched as words (stop words, so
// "drone AND strike" matched either). Quoted text and escaped characters
// are left alone.
func checkOperators(s string) *QueryError {
	bad := func(pos int, msg string) *QueryError {
		return &QueryError{Query: s, Pos: pos, Col: utf8.RuneCountInString(s[:pos]) + 1, Msg: msg}
	}
	inQuote := false
	wordStart := -1
	word := func(end int) *QueryError {
		if wordStart < 0 {
			return nil
		}
		w := s[wordStart:end]
		at := wordStart
		wordStart = -1
		switch w {
		case "AND", "OR", "NOT", "&&", "||":
			return bad(at, w+" is not an operator here: +word requires a word, -word excludes one, and words alone match any")
		}
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			i++ // the next character is literal
			continue
		case c == '"':
			inQuote = !inQuote
			wordStart = -1
			continue
		case inQuote:
			continue
		case c == '(' || c == ')':
			if e := word(i); e != nil {
				return e
			}
			return bad(i, "parentheses do not group here: +word requires a word, -word excludes one")
		case c == ' ' || c == '\t' || c == '\n':
			if e := word(i); e != nil {
				return e
			}
			continue
		}
		if wordStart < 0 {
			wordStart = i
		}
	}
	if inQuote {
		return nil // locate reports the unterminated quote
	}
	return word(len(s))
}

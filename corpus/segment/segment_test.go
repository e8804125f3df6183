package segment

import (
	"reflect"
	"testing"
)

func texts(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"The talks began in 2021. In addition, officials met.", []string{"The talks began in 2021.", "In addition, officials met."}},
		{"It killed three US troops and wounded 34.\nIt is the highest toll.", []string{"It killed three US troops and wounded 34.", "It is the highest toll."}},
		{"It killed three and wounded 34. It is the highest toll.", []string{"It killed three and wounded 34.", "It is the highest toll."}},
		{"Axios reported it before the Nov. 5 U.S. presidential election, citing sources.", []string{"Axios reported it before the Nov. 5 U.S. presidential election, citing sources."}},
		{"Dr. Smith arrived. Mr. Jones left.", []string{"Dr. Smith arrived.", "Mr. Jones left."}},
		{"Gen. Qassem Soleimani was killed in Baghdad. Iran vowed revenge.", []string{"Gen. Qassem Soleimani was killed in Baghdad.", "Iran vowed revenge."}},
		{"He stated, “Washington must understand that every action elicits a reaction.” The protest followed.", []string{"He stated, “Washington must understand that every action elicits a reaction.”", "The protest followed."}},
		{"“The Iraqi delegation received a cold reception in Tehran… The answer was: no,” said an official.", []string{"“The Iraqi delegation received a cold reception in Tehran… The answer was: no,” said an official."}},
		{"It ended... Finally it was over.", []string{"It ended...", "Finally it was over."}},
		{"President George W. Bush spoke. Nobody listened.", []string{"President George W. Bush spoke.", "Nobody listened."}},
		{"The price rose 1.5 percent. Traders were pleased.", []string{"The price rose 1.5 percent.", "Traders were pleased."}},
		{"The talks ended at 5 p.m. after a long day. Nobody spoke.", []string{"The talks ended at 5 p.m. after a long day.", "Nobody spoke."}},
		{"It was, he said, very. very sad. So many died.", []string{"It was, he said, very. very sad.", "So many died."}},
		{"  ", nil},
	}
	for _, c := range cases {
		if got := texts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("The talks began in 2021. In addition, Dr. Smith met Nov. 5 officials.")
	f.Add("“War is not a means,” he said… 34.\n\nIt is.")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}

package index

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestHelperProcess is not a test: run by TestTwoProcesses in a child
// process, it opens the index and holds it until its stdin closes, as a
// second annals window would.
func TestHelperProcess(t *testing.T) {
	corpus, dir := os.Getenv("ANNALS_HELPER_CORPUS"), os.Getenv("ANNALS_HELPER_DIR")
	if corpus == "" {
		t.Skip("helper process for TestTwoProcesses")
	}
	useFake(t)
	ix, err := Open([]string{corpus}, Options{Dir: dir})
	if err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("ready\n")
	bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes stdin
	ix.Close()
	os.Exit(0)
}

func TestTwoProcesses(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	ix.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "ANNALS_HELPER_CORPUS="+corpus, "ANNALS_HELPER_DIR="+dir)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("helper: %q", line)
	}

	// A second reader opens beside the first at once.
	start := time.Now()
	ix, _ = open(t, corpus, dir, Options{})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("opening beside another reader took %v", d)
	}
	ix.Close()

	// A change cannot be written while the other process reads: the old
	// index is served with a notice, after bleve's bolt timeout, not never.
	os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("New\nHamas said a drone hit Gaza on 2024-04-01.\n"), 0o644)
	start = time.Now()
	ix, msgs := open(t, corpus, dir, Options{})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("update beside a reader took %v", d)
	}
	if !ix.Stats().Stale || !ix.Stats().ReadOnly || !msgs.has("another annals process") {
		t.Errorf("want a stale index with a notice; stats %+v notices %v", ix.Stats(), msgs.msgs)
	}
	if got := find(t, ix, Query{Text: "drone"}).Total; got != 2 {
		t.Errorf("stale index: drone hits %d, want the old 2", got)
	}
	ix.Close()

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	n.Store(0)
	ix, _ = open(t, corpus, dir, Options{})
	if ix.Stats().Stale || n.Load() != 1 || find(t, ix, Query{Text: "drone"}).Total != 3 {
		t.Errorf("after the other process left: stale %v, extracted %d", ix.Stats().Stale, n.Load())
	}
}

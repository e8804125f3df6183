package index

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals/annals/model"
)

// TestHelperProcess is not a test: run by the tests below in a child
// process, it opens the index and holds it until its stdin closes, as a
// second annals window would. With ANNALS_HELPER_MODE=slow-update it
// instead stops in the middle of extracting (an update under way), says
// so, and goes on when its stdin closes.
func TestHelperProcess(t *testing.T) {
	corpus, dir := os.Getenv("ANNALS_HELPER_CORPUS"), os.Getenv("ANNALS_HELPER_DIR")
	if corpus == "" {
		t.Skip("helper process for TestTwoProcesses")
	}
	useFake(t)
	if os.Getenv("ANNALS_HELPER_MODE") == "slow-update" {
		var once sync.Once
		extractHook = func(*model.Article) {
			once.Do(func() {
				os.Stdout.WriteString("extracting\n")
				io.Copy(io.Discard, os.Stdin) // until the parent closes stdin
			})
		}
		ix, err := Open([]string{corpus}, Options{Dir: dir})
		if err != nil {
			os.Stdout.WriteString("error: " + err.Error() + "\n")
			os.Exit(1)
		}
		ix.Close()
		os.Exit(0)
	}
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

// helper starts TestHelperProcess in mode and waits for its first line.
func helper(t *testing.T, corpus, dir, mode, want string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "ANNALS_HELPER_CORPUS="+corpus, "ANNALS_HELPER_DIR="+dir, "ANNALS_HELPER_MODE="+mode)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != want {
		t.Fatalf("helper: %q, want %q", line, want)
	}
	return cmd, stdin
}

func TestTwoProcesses(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	ix.Close()

	cmd, stdin := helper(t, corpus, dir, "", "ready")

	// A second reader opens beside the first at once.
	start := time.Now()
	ix, _ = open(t, corpus, dir, Options{})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("opening beside another reader took %v", d)
	}
	ix.Close()

	// A change is written beside a reader: the update works on a copy,
	// so the other process keeps the index it opened.
	os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("New\nHamas said a drone hit Gaza on 2024-04-01.\n"), 0o644)
	n.Store(0)
	start = time.Now()
	ix, msgs := open(t, corpus, dir, Options{})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("update beside a reader took %v", d)
	}
	if ix.Stats().Stale || n.Load() != 1 || len(msgs.msgs) != 0 {
		t.Errorf("update beside a reader: stats %+v, extracted %d, notices %v", ix.Stats(), n.Load(), msgs.msgs)
	}
	if got := find(t, ix, Query{Text: "drone"}).Total; got != 3 {
		t.Errorf("updated index: drone hits %d, want 3", got)
	}
	ix.Close()

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "bleve-") && e.Name() != mustState(t, dir).Bleve {
			t.Errorf("replaced index %s left behind", e.Name())
		}
	}
}

// An update under way in another process is not an interrupted one: a
// start meanwhile serves the index as it was, read-only with a notice,
// and neither waits for the update nor rebuilds.
func TestUpdateInProgressIsServedReadOnly(t *testing.T) {
	n := useFake(t)
	corpus, dir := writeCorpus(t, fakeCorpus), t.TempDir()
	ix, _ := open(t, corpus, dir, Options{})
	ix.Close()
	os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("New\nHamas said a drone hit Gaza on 2024-04-01.\n"), 0o644)

	cmd, stdin := helper(t, corpus, dir, "slow-update", "extracting")
	n.Store(0)
	start := time.Now()
	ix, msgs := open(t, corpus, dir, Options{LockWait: 3 * time.Second})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a start during an update took %v", d)
	}
	if n.Load() != 0 || msgs.has("interrupted") || !ix.Stats().Stale || !msgs.has("updating this index") {
		t.Errorf("during another's update: extracted %d, stale %v, notices %v", n.Load(), ix.Stats().Stale, msgs.msgs)
	}
	if got := find(t, ix, Query{Text: "drone"}).Total; got != 2 {
		t.Errorf("during another's update: drone hits %d, want the old 2", got)
	}
	ix.Close()

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	n.Store(0)
	ix, msgs = open(t, corpus, dir, Options{})
	if n.Load() != 0 || len(msgs.msgs) != 0 || find(t, ix, Query{Text: "drone"}).Total != 3 {
		t.Errorf("after the other's update: extracted %d, notices %v", n.Load(), msgs.msgs)
	}
}

func mustState(t *testing.T, dir string) *state {
	t.Helper()
	st, err := readState(dir)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import kj.cmd.MemoryReport;
import kj.kpool.AuditReport;
import kj.kpool.ReachReport;
import kj.value.K;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output of each backslash command, through a session as the REPL feeds it. */
class ReplCommandsTest extends SessionTest {
    /** "a:1 2 ... n": an int vector from a literal, so the test needs no verbs. */
    private static String vector(String name, int n) {
        return name + ":" + LongStream.rangeClosed(1, n).mapToObj(Long::toString).collect(Collectors.joining(" "));
    }

    @Test
    void timerCallsMtsBetweenLines() throws Exception {
        run(".k.n:0", ".m.ts:{.k.n:.k.n+1}", "\\t 20");
        assertEquals("20\n", run("\\t"));
        Thread.sleep(400);
        run("\\t 0");
        long n = Long.parseLong(run(".k.n").strip());
        assertTrue(n >= 2, "the timer ran " + n + " times in 400 ms");
        Thread.sleep(100);
        assertEquals(n + "\n", run(".k.n"), "\\t 0 stops it: no call after it");
        assertEquals("0\n", run("\\t"));
    }

    /** \t with a signed integer sets the timer; a sign alone, or a sign before an expression, is timed. */
    @Test
    void theTimerFormIsAnIntegerWithItsSign() {
        run("\\t +50");
        assertEquals("50\n", run("\\t"));
        run("\\t 0");
        assertTrue(run("\\t -").matches("\\d+\n"), "- alone is an expression (a verb) to time");
        assertTrue(run("\\t -1+2").matches("\\d+\n"), "-1+2 is timed, not a timer");
        assertEquals("0\n", run("\\t"));
    }

    @Test
    void valuesAndErrorsPrintAsTheScriptReaderPrintsThem() {
        assertEquals("", run("a:1 2 3"));
        assertEquals("1 2 3\n", run("a"));
        assertEquals("value error\nundefinedname\n^\n", run("undefinedname"));
    }

    @Test
    void helpScreens() {
        String main = run("\\");
        for (String c : List.of("\\l f", "\\d [d|^]", "\\v", "\\p [n]", "\\e [n]", "\\r [n]", "\\t e", "\\t [n]",
                "\\ts e", "\\w [n]", "\\w l", "\\gc", "\\m", "\\c [rows cols]", "\\b [n|t|s]", "\\\\"))
            assertTrue(main.contains("\n  " + c + " "), "the help lists " + c + ":\n" + main);
        assertTrue(main.contains("an error in a lambda suspends it"), "the help says what an error does");
        assertTrue(run("\\0").contains("Nouns"));
        assertTrue(run("\\+").contains("Verbs"));
        assertTrue(run("\\'").contains("Adverbs"));
        assertTrue(run("\\:").contains("Input/output"));
        assertTrue(run("\\_").contains("_draw"));
        assertTrue(run("\\.").contains("while[c;...]"));
    }

    @Test
    void interpreterCommandsPassThrough() {
        assertEquals("7\n", run("\\p"));
        assertEquals("", run("\\p 3"));
        assertEquals("3\n", run("\\p"));
        assertTrue(run("\\t a:1 2").matches("\\d+\n"));
        assertEquals("domain error\n", run("\\x"), "an unknown one-letter command, as Kona");
    }

    @Test
    void loadRunsAFileInThisWorkspace(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lib.k");
        Files.writeString(f, "b:5 6\nc:\"abc\"\n");
        assertEquals("", run("\\l " + f));
        assertEquals("5 6\n\"abc\"\n", run("b", "c"));
    }

    @Test
    void loadPrintsValuesAndErrorsAsIfTyped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("inner.k"), "i:3\ni*2\n");
        Files.writeString(dir.resolve("outer.k"), "1+1\nnosuch\n\\l " + dir.resolve("inner") + "\nf:{x\n");
        assertEquals("2\nvalue error\nnosuch\n^\n" + dir.resolve("outer.k") + ":2\n6\nparse error\n", run("\\l " + dir.resolve("outer")),
                "\\l finds f.k; an open bracket at the end of the file is reported there");
        assertEquals("3\n", run("i"), "the next line is not swallowed by the file's open chunk");
        assertEquals(dir.resolve("none") + ": file not found\n", run("\\l " + dir.resolve("none")), "as Kona words it");
        Files.writeString(dir.resolve("self.k"), "\\l " + dir.resolve("self.k") + "\n");
        assertTrue(run("\\l " + dir.resolve("self.k")).startsWith("stack error\n"), "a file that loads itself stops");
    }

    @Test
    void directoryAsKonaPrintsIt() {
        assertEquals(".k\n", run("\\d"));
        run("\\d .k.sub", "x:1");
        assertEquals(".k.sub\n", run("\\d"));
        assertEquals("1\n", run(".k.sub.x"));
        run("\\d ^");
        assertEquals(".k\n", run("\\d"));
        assertEquals(",`x\n", run("\\v sub"));
        run("\\d ^");
        assertEquals("\n", run("\\d"), "above .k is the root, which Kona prints as an empty line");
        run("\\d .k");
        assertEquals(".k\n", run("\\d"));
    }

    @Test
    void errorFlag() {
        assertEquals("1\n", run("\\e"));
        assertEquals("", run("\\e 0"));
        assertEquals("0\n", run("\\e"));
        assertEquals("valid options are: 0, 1, 2\n", run("\\e 5"), "as Kona says it");
        run("\\e 2");
        assertFalse(s.exitRequested());
        run("nosuch");
        assertTrue(s.exitRequested(), "\\e 2 stops at an error");
    }

    @Test
    void namesInTheCurrentDirectory() {
        assertEquals("", run("\\v"), "no names yet: nothing, as Kona");
        run("a:1", "bb:2 3", "f:{x}");
        assertEquals("`a `bb `f\n", run("\\v"));
    }

    @Test
    void timeRepeatedAndTimeSpace() {
        run("a:1 2 3");
        assertTrue(run("\\t:5 a").matches("\\d+\n"));
        String ts = run("\\ts " + vector("big", 1000));
        Matcher m = Pattern.compile("(\\d+) (\\d+)\n").matcher(ts);
        assertTrue(m.matches(), ts);
        assertTrue(Long.parseLong(m.group(2)) >= 8000, "a 1000-int vector needs 8000 bytes: " + ts);
        assertEquals("value error\nnosuch\n^\n", run("\\t:2 nosuch"));
    }

    @Test
    void workspaceSummary() {
        String w = run("\\w");
        assertTrue(w.matches("used [0-9.]+ (B|KiB|MiB) in \\d+ cells?; mapped [0-9.]+ (B|KiB|MiB); peak [0-9.]+ (B|KiB|MiB); cap none\n"
                + "files 0 B in 0 cells mapped from disk \\(peak [0-9.]+ (B|KiB|MiB), \\d+ mapped in all\\)\nsymbols \\d+\n"), w);
        assertEquals("", run("\\w 64"));
        assertEquals(64L << 20, s.ws.pool().cap());
        assertTrue(run("\\w").contains("; cap 64.0 MiB\n"));
        run("\\w 0");
        assertEquals(0, s.ws.pool().cap());
    }

    @Test
    void underscoreSHoldsKonasFourNumbers() {
        run(vector("big", 2000), "big:0", "\\ts 1");
        long[] n = java.util.Arrays.stream(run("_s").strip().split(" ")).mapToLong(Long::parseLong).toArray();
        kj.kpool.PoolStats st = s.ws.pool().stats();
        assertEquals(st.used(), n[0], "used");
        assertEquals(st.mapped() - st.mappedFiles().bytes().current(), n[1], "allocated from the system");
        assertEquals(st.mappedFiles().bytes().current(), n[2], "mapped from files");
        assertEquals(s.ws.pool().maxUsed(), n[3], "max used");
        assertTrue(n[3] >= 16000, "max used survives the reset \\ts makes");
    }

    @Test
    void laneTableShowsAValueAndItsRelease() {
        run("a:!100000"); // 800000 bytes of ints and a header: one cell in the 1M lane
        String table = run("\\w l");
        assertTrue(row(table, "1M").matches("20 +1M +1 .* in use +#+ 1048576"), table);
        assertTrue(table.contains("#"), "plain bars when not a terminal");
        assertFalse(table.contains("█"));
        assertFalse(table.contains("not all freed"), "a lane that holds data is in use, not a leak");
        assertTrue(table.matches("(?s).*\nlarge +0 +.*\nfiles +0 .*"), table);
        run("a:0");
        table = run("\\w l");
        assertTrue(row(table, "1M").matches("20 +1M +0 .* free *"), table);
    }

    /** The row of \w l for the lane of the given cell size. */
    private static String row(String table, String size) {
        for (String r : table.split("\n")) if (r.matches("\\d+ +" + size + " .*")) return r;
        return "";
    }

    @Test
    void unicodeBarsOnATerminal() {
        String bar = MemoryReport.bar(3, 8, true);
        assertTrue(bar.startsWith("█████████"), bar);
        assertEquals("######### 3", MemoryReport.bar(3, 8, false));
        assertEquals("", MemoryReport.bar(0, 8, true));
        assertEquals("64B", MemoryReport.size(64));
        assertEquals("8K", MemoryReport.size(8192));
        assertEquals("32M", MemoryReport.size(32 << 20));
    }

    @Test
    void trimAndAudit() {
        run(vector("a", 1000));
        run("a:0");
        assertTrue(run("\\gc").matches("\\d+ bytes returned to the system\n"));
        String audit = run("\\m");
        assertTrue(audit.startsWith("pool ok: "), audit);
        assertTrue(audit.contains("\nno leaks: the workspace reaches all "), audit);
    }

    @Test
    void auditFindsACellNothingReachesAndACountTooHigh() {
        run("a:1 2 3");
        long stray = s.ws.within(() -> K.ints(7, 8));
        assertTrue(run("\\m").contains("leak: 1 cells in use that no workspace reaches\n"));
        s.ws.release(stray);
        assertTrue(run("\\m").contains("no leaks"));
        long a = s.interp.tree().get("a", s.ws.symbols().intern("a"));
        s.ws.run(() -> K.ci(a));
        try {
            String audit = run("\\m");
            assertTrue(audit.contains("miscounted: 1 cells whose count is not their references\n"), audit);
            assertTrue(audit.contains(String.format("0x%x: count 2, 1 references", a)), audit);
        } finally {
            s.ws.release(a);
        }
        assertTrue(run("\\m").contains("no leaks"));
    }

    @Test
    void auditNamesEachProblem() {
        var broken = new AuditReport(List.of("lane 6: free cell 0x10 outside its chunks",
                "used is 64 but lanes and large cells add up to 0"), List.of());
        assertEquals("""
                pool has 2 problem(s):
                  lane 6: free cell 0x10 outside its chunks
                  used is 64 but lanes and large cells add up to 0
                no leaks: the workspace reaches all 3 cells, each counted right
                """, MemoryReport.audit(broken, new ReachReport(3, 0, List.of(), List.of()), s.ws.pool().stats()));
    }

    @Test
    void theCapStopsAnAllocationAndTheWorkspaceGoesOn() {
        run("a:1 2", "\\w 1");
        assertEquals("wsfull error\nb:!1000000\n  ^\n", run("b:!1000000"));
        assertEquals("1 2\n", run("a"));
        run("\\w 0");
        assertEquals("1000000\n", run("#!1000000"));
    }

    @Test
    void randomSeed() {
        assertTrue(run("\\r").matches("-?\\d+\n"), "the seed in use before any is given");
        assertEquals("", run("\\r 42"));
        String first = run("5 _draw 1000");
        assertEquals("42\n", run("\\r"));
        assertEquals(first, run("5 _draw 1000"), "\\r restarts from the seed, as Kona");
        assertEquals("type error\n", run("\\r x"));
    }

    @Test
    void leaveWithTwoBackslashes() {
        run("\\\\");
        assertTrue(s.exitRequested());
    }

    @Test
    void chunksSpanLinesWhileBracketsAreOpen() {
        assertEquals("", run("a:(1"));
        assertTrue(s.script.continuing());
        assertEquals("", run("2)"));
        assertEquals("1 2\n", run("a"));
    }
}

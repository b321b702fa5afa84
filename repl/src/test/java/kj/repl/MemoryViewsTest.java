package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kj.cmd.MemoryViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each memory view against a workspace whose cells are known: a 100000-int vector is one cell of
 * the 1 MiB lane (800016 bytes), "abc" one of 64 B, 1000 floats one of 8 KiB; a directory of n
 * entries is a dict cell of 16 + 24n bytes.
 */
class MemoryViewsTest extends SessionTest {
    @TempDir
    Path dir;
    private static final String[] KNOWN = {"a:!100000", "b:a", "c:\"abc\"", "d.e:1.5*!1000"};

    @Test
    void namesAreSortedBySizeWithASharedCellCountedOnce() {
        run(KNOWN);
        List<String> rows = Arrays.asList(run("\\w v").split("\n"));
        assertEquals(8, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).matches("name +bytes +cells"), rows.get(0));
        assertTrue(rows.get(1).matches("\\.k\\.a +1\\.0 MiB +1  shared with \\.k\\.b"), rows.get(1));
        assertTrue(rows.get(2).matches("\\.k\\.d\\.e +8\\.0 KiB +1"), rows.get(2));
        assertTrue(rows.get(3).matches("\\.k +128 B +1  directory \\(its own cell\\)"), rows.get(3));
        assertTrue(rows.get(4).matches("\\.k\\.c +64 B +1"), rows.get(4));
        assertTrue(rows.get(5).matches("\\.k\\.d +64 B +1  directory \\(its own cell\\)"), rows.get(5));
        assertTrue(rows.get(6).matches("\\.k\\.b +0 B +0  shared with \\.k\\.a \\(1\\.0 MiB counted there\\)"), rows.get(6));
        assertTrue(rows.get(7).startsWith("names hold 1.0 MiB in 5 cells of "), rows.get(7));
    }

    @Test
    void typesCountEveryReachedCellOnce() {
        run(KNOWN);
        String t = run("\\w t");
        assertTrue(t.matches("(?s)type +cells +bytes\n"
                + "int vector +1 +1\\.0 MiB\n"
                + "float vector +1 +8\\.0 KiB\n"
                + "dictionary +3 +256 B\n"      // the root (64), .k (128), .k.d (64)
                + "char vector +1 +64 B\n"
                + "int +1 +64 B\n"             // 1000 of !1000: a small int atom the workspace shares
                + "nil +1 +64 B\n"
                + "total +8 +1\\.0 MiB\n"), t);
    }

    @Test
    void deltaShowsWhatChangedSinceTheLastSummary() {
        run(KNOWN);
        run("\\w");
        String d = run("x:!1000", "a:0", "b:0", "\\w d");
        List<String> rows = Arrays.asList(d.split("\n"));
        // -1 MiB of ints, +8 KiB of x, the shared atom 0 and .k's cell one lane up: -1040192 bytes
        assertTrue(rows.get(0).matches("used -1015\\.8 KiB \\(now .*\\); cells \\+1 \\(now 9\\); mapped .*"), rows.get(0));
        assertEquals(List.of("  grew   .k +128 B (now 256 B)", "  shrank .k.a -1023.9 KiB (now 64 B)",
                "  new    .k.x 8.0 KiB"), rows.subList(1, rows.size()), ".k.b holds the same atom 0 as .k.a: 0 B");
        d = run("\\w d");
        assertTrue(d.matches("used \\+0 B .*; cells \\+0 .*\n"), "nothing changed since the last \\w d: " + d);
    }

    @Test
    void historyChartsThePeakOfEachEvaluation() {
        String h = run("x:!10", "y:#!100000", "z:3", "\\w h");
        List<String> rows = Arrays.asList(h.split("\n"));
        assertEquals(4, rows.size(), h);
        assertTrue(rows.get(2).matches("2 +1\\.0 MiB +[0-9.]+ (B|KiB) +#{24} y:#!100000"), rows.get(2));
        assertTrue(rows.get(1).matches("1 +[0-9.]+ (B|KiB) .* x:!10"), rows.get(1));
        assertTrue(rows.get(1).indexOf('#') < 0 || rows.get(1).chars().filter(c -> c == '#').count() < 3, rows.get(1));
        String[] many = new String[45];
        for (int i = 0; i < many.length; i++) many[i] = i == 30 ? "w:#!200000" : "q:" + i;
        run(many);
        rows = Arrays.asList(run("\\w h").split("\n"));
        assertEquals(1 + 16, rows.size(), "48 evaluations in rows of 3: " + rows);
        assertTrue(rows.get(12).matches("34-36 +2\\.0 MiB .* #{24} w:#!200000"), rows.get(12));
        assertTrue(rows.get(16).startsWith("46-48 "), rows.get(16));
    }

    @Test
    void aLongHistoryHalvesKeepingEveryPeak() {
        MemoryViews v = s.commands.memory(s.ws);
        for (int i = 1; i <= MemoryViews.HISTORY_LIMIT + 5; i++) {
            v.before();
            if (i == 777) s.ws.pool().cd(s.ws.pool().allocate(1600000, -1, 200000)); // an int vector's cell
            v.after("line " + i);
        }
        assertEquals(MemoryViews.HISTORY_LIMIT / 2 + 5, v.history().size());
        MemoryViews.Eval e = v.history().get(388);
        assertEquals(List.of(777, 778), List.of(e.first(), e.last()));
        assertTrue(e.peak() >= 1600016, "the peak of evaluation 777 survives the halving");
        List<String> rows = Arrays.asList(MemoryViews.chart(v.history(), false).split("\n"));
        assertEquals(21, rows.size());
        assertTrue(rows.get(1).matches("1-\\d+ +2\\.0 MiB .* line 777"), rows.get(1));
        assertTrue(rows.getLast().matches("\\d+-16389 .*"), rows.getLast());
    }

    @Test
    void aMappedFileShowsOnItsOwnLineInTheSummaryAndTheLaneTable() {
        String f = "\"" + dir.resolve("v") + "\"";
        run(f + " 1: !100000", "m: 1: " + f);
        String w = run("\\w");
        assertTrue(w.contains("\nfiles 784.0 KiB in 1 cell mapped from disk (peak 784.0 KiB, 1 mapped in all)\n"), w);
        String l = run("\\w l");
        assertTrue(l.matches("(?s).*\nfiles +1 +1 +1 +802816 +0 +802816 +in use.*"), l);
        String v = run("\\w v");
        assertTrue(v.matches("(?s).*\n\\.k\\.m +784\\.0 KiB +1  784\\.0 KiB mapped from a file\n.*"), v);
        run("m:0");
        assertTrue(run("\\w").contains("\nfiles 0 B in 0 cells mapped from disk (peak 784.0 KiB, 1 mapped in all)\n"));
    }

    @Test
    void laneTableFreeAndMappedAddUp() {
        run(KNOWN);
        for (String r : run("\\w l").split("\n")) {
            String[] c = r.trim().split(" +");
            if (!c[0].matches("\\d+")) continue;
            assertEquals(Long.parseLong(c[7]), Long.parseLong(c[5]) + Long.parseLong(c[6]), r);
        }
        String total = Arrays.stream(run("\\w l").split("\n")).filter(r -> r.startsWith("total")).findFirst().orElseThrow();
        String[] c = total.trim().split(" +");
        kj.kpool.PoolStats st = s.ws.pool().stats();
        assertEquals(List.of("total", "" + st.cellsInUse(), "" + st.used(), "" + (st.mapped() - st.used()), "" + st.mapped()),
                List.of(c));
    }

    @Test
    void humanUnits() {
        assertEquals("0 B", MemoryViews.human(0));
        assertEquals("1023 B", MemoryViews.human(1023));
        assertEquals("1.0 KiB", MemoryViews.human(1024));
        assertEquals("1.5 KiB", MemoryViews.human(1536));
        assertEquals("16.0 MiB", MemoryViews.human(16L << 20));
        assertEquals("16.5 MiB", MemoryViews.human(17301504));
        assertEquals("-1.0 MiB", MemoryViews.human(-(1L << 20)));
        assertEquals("2.0 GiB", MemoryViews.human(2L << 30));
    }
}

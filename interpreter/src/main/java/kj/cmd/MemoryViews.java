package kj.cmd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kj.eval.Holdings;
import kj.eval.Workspace;
import kj.kpool.CellStats;
import kj.kpool.LaneStats;
import kj.kpool.Pool;
import kj.kpool.PoolStats;

/**
 * The memory views of the REPL: {@code \w} (a labelled summary in human units), {@code \w l}
 * (the lane table), {@code \w v} (bytes per global name), {@code \w t} (bytes by K type),
 * {@code \w d} (what changed since the last {@code \w} or {@code \w d}) and {@code \w h} (the
 * peak of each evaluation over the session, as bars). One per session: it keeps the last
 * snapshot and the history.
 */
public final class MemoryViews {
    private static final int HISTORY_ROWS = 20;
    private static final int BAR = 24;
    /** At this many entries the history halves, each entry then covering two (or more) evaluations. */
    public static final int HISTORY_LIMIT = 1 << 14;

    /**
     * Evaluations {@code first..last} (numbered from 1): the text of the one with the highest
     * peak, that peak (the most bytes in use while it ran), and the bytes in use after the last.
     */
    public record Eval(String text, long peak, long after, int first, int last) {
        Eval merge(Eval later) {
            Eval top = later.peak > peak ? later : this;
            return new Eval(top.text, top.peak, later.after, first, later.last);
        }
    }

    /** What {@code \w d} compares against. */
    private record Snapshot(long used, long cells, long mapped, Map<String, Long> names) {}

    private final Workspace ws;
    private final Pool pool;
    private final List<Eval> history = new ArrayList<>();
    private Snapshot last;

    public MemoryViews(Workspace ws) {
        this.ws = ws;
        this.pool = ws.pool();
        this.last = snapshot();
    }

    /** Before a chunk of K runs: the peak is measured from here. */
    public void before() { pool.resetPeak(); }

    /** After a chunk of K ran. */
    public void after(String text) {
        int n = history.isEmpty() ? 1 : history.getLast().last() + 1;
        String t = text.strip();
        history.add(new Eval(t.length() > 30 ? t.substring(0, 29) + "…" : t, pool.stats().peakUsed(), pool.used(), n, n));
        if (history.size() == HISTORY_LIMIT) {
            List<Eval> halved = new ArrayList<>(HISTORY_LIMIT / 2);
            for (int i = 0; i < history.size(); i += 2) halved.add(history.get(i).merge(history.get(i + 1)));
            history.clear();
            history.addAll(halved);
        }
    }

    public List<Eval> history() { return history; }

    /** The text of {@code \w word}, or null when the word is not a view (a number sets the cap). */
    public String view(String word, boolean unicode) {
        return switch (word) {
            case "" -> {
                last = snapshot();
                yield summary(pool.stats(), ws.symbols().count());
            }
            case "l" -> lanes(pool.stats(), unicode);
            case "v" -> names(ws.within(() -> Holdings.byName(pool, ws.tree())), pool.stats());
            case "t" -> types(Holdings.byType(pool, roots()), pool.stats());
            case "d" -> {
                Snapshot now = snapshot();
                String text = delta(last, now);
                last = now;
                yield text;
            }
            case "h" -> chart(history, unicode);
            default -> null;
        };
    }

    /** What keeps values alive: the shared atoms, the K-tree and nil (the leak check's roots). */
    private long[] roots() {
        long[] shared = ws.shared().roots();
        long[] r = java.util.Arrays.copyOf(shared, shared.length + 2);
        r[shared.length] = ws.tree().root();
        r[shared.length + 1] = ws.nil();
        return r;
    }

    private Snapshot snapshot() {
        PoolStats st = pool.stats();
        Map<String, Long> names = new HashMap<>();
        for (Holdings.Name n : ws.within(() -> Holdings.byName(pool, ws.tree()))) names.put(n.path(), n.bytes());
        return new Snapshot(st.used(), st.cellsInUse(), st.mapped(), names);
    }

    // ---- \w ----

    static String summary(PoolStats st, int symbols) {
        StringBuilder b = new StringBuilder();
        long cells = st.cellsInUse();
        b.append("used ").append(human(st.used())).append(" in ").append(cells(cells))
                .append("; mapped ").append(human(st.mapped()))
                .append("; peak ").append(human(st.usedBytes().peak()))
                .append("; cap ").append(st.cap() == 0 ? "none" : human(st.cap())).append('\n');
        CellStats f = st.mappedFiles();
        b.append("files ").append(human(f.bytes().current())).append(" in ").append(cells(f.cells().current()))
                .append(" mapped from disk (peak ").append(human(f.bytes().peak())).append(", ")
                .append(f.cells().total()).append(" mapped in all)\n");
        if (st.fileDir() != null) {
            CellStats fb = st.fileBacked();
            b.append("file-backed ").append(human(fb.bytes().current())).append(" in ")
                    .append(cells(fb.cells().current())).append(" above ").append(human(st.fileThreshold()))
                    .append(" in ").append(st.fileDir()).append(" (peak ").append(human(fb.bytes().peak())).append(")\n");
        }
        if (st.reserveBytes() > 0)
            b.append("reserve ").append(human(st.reserveBytes())).append(", ").append(human(st.reserveInLanes()))
                    .append(" of it in lanes\n");
        b.append("symbols ").append(symbols).append('\n');
        return b.toString();
    }

    // ---- \w l ----

    static String lanes(PoolStats st, boolean unicode) {
        long most = 1;
        for (LaneStats l : st.lanes()) most = Math.max(most, l.usedBytes());
        StringBuilder b = new StringBuilder();
        String row = "%-12s %5s %9s %9s %10s %11s %11s %11s  %-8s %s%n";
        b.append(String.format(row, "lane", "cell", "in use", "peak", "allocs", "used", "free", "mapped", "status", "bytes used"));
        long free = 0;
        for (LaneStats l : st.lanes()) {
            if (l.allocations() == 0 && l.mappedBytes() == 0 && l.inUse() == 0) continue;
            free += l.freeBytes();
            b.append(String.format(row, l.lane(), MemoryReport.size(l.cellBytes()), l.inUse(), l.peakInUse(),
                    l.allocations(), l.usedBytes(), l.freeBytes(), l.mappedBytes(), status(l.inUse()),
                    MemoryReport.bar(l.usedBytes(), most, unicode)));
        }
        other(b, row, "large", st.anonymousLarge());
        if (st.fileDir() != null) other(b, row, "file-backed", st.fileBacked());
        other(b, row, "files", st.mappedFiles());
        if (st.reserveBytes() > 0) {
            free += st.reserveFree();
            b.append(String.format(row, "reserve", "", "", "", "", 0, st.reserveFree(), st.reserveFree(),
                    "", "(" + st.reserveInLanes() + " bytes of it in the lanes above)"));
        }
        b.append(String.format(row, "total", "", st.cellsInUse(), "", "", st.used(), free, st.mapped(), "", ""));
        b.append(String.format("peak %d bytes used; %d mmap, %d munmap, %d mremap calls%n",
                st.usedBytes().peak(), st.mmapCalls(), st.munmapCalls(), st.mremapCalls()));
        return b.toString().replaceAll(" +\n", "\n");
    }

    private static void other(StringBuilder b, String row, String label, CellStats c) {
        long bytes = c.bytes().current();
        b.append(String.format(row, label, "", c.cells().current(), c.cells().peak(), c.cells().total(), bytes, 0,
                bytes, status(c.cells().current()), ""));
    }

    /** In use when cells hold data; free when the lane has memory but no cell in use. */
    private static String status(long inUse) { return inUse > 0 ? "in use" : "free"; }

    // ---- \w v, \w t ----

    static String names(List<Holdings.Name> rows, PoolStats st) {
        int w = 4;
        for (Holdings.Name n : rows) w = Math.max(w, n.path().length());
        String row = "%-" + w + "s %11s %9s  %s%n";
        StringBuilder b = new StringBuilder(String.format(row, "name", "bytes", "cells", "").stripTrailing()).append('\n');
        long bytes = 0, cells = 0;
        for (Holdings.Name n : rows) {
            bytes += n.bytes();
            cells += n.cells();
            List<String> notes = new ArrayList<>();
            if (n.directory()) notes.add("directory (its own cell)");
            if (n.fileBytes() > 0) notes.add(human(n.fileBytes()) + " mapped from a file");
            if (!n.sharedWith().isEmpty())
                notes.add("shared with " + String.join(" ", n.sharedWith())
                        + (n.sharedBytes() > 0 ? " (" + human(n.sharedBytes()) + " counted there)" : ""));
            b.append(String.format(row, n.path(), human(n.bytes()), n.cells(), String.join("; ", notes)).stripTrailing()).append('\n');
        }
        b.append("names hold ").append(human(bytes)).append(" in ").append(cells(cells)).append(" of ")
                .append(human(st.used())).append(" used\n");
        return b.toString();
    }

    static String types(List<Holdings.Kind> kinds, PoolStats st) {
        String row = "%-14s %9s %11s%n";
        StringBuilder b = new StringBuilder(String.format(row, "type", "cells", "bytes"));
        long bytes = 0, cells = 0;
        for (Holdings.Kind k : kinds) {
            bytes += k.bytes();
            cells += k.cells();
            b.append(String.format(row, k.type(), k.cells(), human(k.bytes())));
        }
        long otherCells = st.cellsInUse() - cells, otherBytes = st.used() - bytes;
        if (otherCells != 0 || otherBytes != 0)
            b.append(String.format(row, "not reached", otherCells, human(otherBytes)));
        b.append(String.format(row, "total", st.cellsInUse(), human(st.used())));
        return b.toString();
    }

    // ---- \w d ----

    private static String delta(Snapshot was, Snapshot now) {
        StringBuilder b = new StringBuilder();
        b.append("used ").append(signed(now.used - was.used)).append(" (now ").append(human(now.used)).append("); cells ")
                .append(signedCount(now.cells - was.cells)).append(" (now ").append(now.cells).append("); mapped ")
                .append(signed(now.mapped - was.mapped)).append(" (now ").append(human(now.mapped)).append(")\n");
        TreeSet<String> all = new TreeSet<>(was.names.keySet());
        all.addAll(now.names.keySet());
        for (String name : all) {
            Long a = was.names.get(name), z = now.names.get(name);
            if (a == null) b.append("  new    ").append(name).append(' ').append(human(z)).append('\n');
            else if (z == null) b.append("  gone   ").append(name).append(' ').append(human(a)).append('\n');
            else if (!a.equals(z)) b.append("  ").append(String.format("%-7s", z > a ? "grew" : "shrank")).append(name)
                    .append(' ').append(signed(z - a)).append(" (now ").append(human(z)).append(")\n");
        }
        return b.toString();
    }

    // ---- \w h ----

    public static String chart(List<Eval> history, boolean unicode) {
        if (history.isEmpty()) return "no evaluations yet\n";
        int n = history.size(), per = (n + HISTORY_ROWS - 1) / HISTORY_ROWS;
        long most = 1;
        for (Eval e : history) most = Math.max(most, e.peak());
        StringBuilder b = new StringBuilder(String.format("%-9s %11s %11s  %s%n", "#", "peak", "after", "peak of each evaluation"));
        for (int from = 0; from < n; from += per) {
            Eval row = history.get(from);
            for (int i = from + 1; i < Math.min(n, from + per); i++) row = row.merge(history.get(i));
            String label = row.first() == row.last() ? String.valueOf(row.first()) : row.first() + "-" + row.last();
            String bar = MemoryReport.bar(row.peak(), most, unicode);
            bar = bar.isEmpty() ? "" : bar.substring(0, bar.lastIndexOf(' '));
            b.append(String.format("%-9s %11s %11s  %-" + BAR + "s %s%n", label, human(row.peak()),
                    human(row.after()), bar, row.text()).stripTrailing()).append('\n');
        }
        return b.toString();
    }

    // ---- units ----

    /** 512 B, 1.5 KiB, 16.0 MiB: binary units with one decimal, in integer arithmetic. */
    public static String human(long bytes) {
        long abs = Math.abs(bytes);
        if (abs < 1024) return bytes + " B";
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        int u = 0;
        while (u < units.length - 1 && abs >= 1024L << (10 * (u + 1))) u++;
        long unit = 1024L << (10 * u);
        long tenths = (abs / unit) * 10 + ((abs % unit) * 10 + unit / 2) / unit;
        return (bytes < 0 ? "-" : "") + tenths / 10 + "." + tenths % 10 + " " + units[u];
    }

    private static String signed(long bytes) { return (bytes >= 0 ? "+" : "") + human(bytes); }

    private static String signedCount(long n) { return (n >= 0 ? "+" : "") + n; }

    private static String cells(long n) { return n + (n == 1 ? " cell" : " cells"); }
}

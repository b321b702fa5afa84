package kj.cmd;

import kj.kpool.AuditReport;
import kj.kpool.LaneStats;
import kj.kpool.PoolStats;
import kj.kpool.ReachReport;

/**
 * The text of {@code \w} (Kona's workspace summary) and {@code \w l} (one row per lane, in the
 * manner of mimalloc's statistics table, with a bar of the bytes each lane holds).
 */
public final class MemoryReport {
    private static final int BAR = 24;
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

    private MemoryReport() {}

    /**
     * used now : used (lane bytes mapped, large bytes mapped); max used; symbol count; cap.
     * The first four numbers are those of {@code _s}.
     */
    public static String summary(PoolStats st, long maxUsed, int symbols) {
        return "used now : " + st.used() + " (" + (st.mapped() - st.largeBytes()) + " " + st.largeBytes() + ")\n"
                + "max used : " + maxUsed + "\n"
                + "symbols  : " + symbols + "\n"
                + "cap      : " + (st.cap() == 0 ? "none" : st.cap() + " (" + (st.cap() >> 20) + " MB)") + "\n";
    }

    /** The lane table: lanes that were ever used, then large cells and totals. */
    public static String lanes(PoolStats st, long maxUsed, boolean unicode) {
        long most = 1;
        for (LaneStats l : st.lanes()) most = Math.max(most, l.usedBytes());
        StringBuilder b = new StringBuilder();
        b.append(String.format("%5s %9s %9s %9s %9s %10s %11s  %-13s %s%n",
                "lane", "cell", "in use", "free", "peak", "allocs", "mapped", "status", "bytes in use"));
        for (LaneStats l : st.lanes()) {
            if (l.allocations() == 0 && l.mappedBytes() == 0 && l.inUse() == 0) continue;
            b.append(String.format("%5d %9s %9d %9d %9d %10d %11d  %-13s %s%n",
                    l.lane(), size(l.cellBytes()), l.inUse(), l.freeCells(), l.peakInUse(), l.allocations(),
                    l.mappedBytes(), l.inUse() == 0 ? "ok" : "not all freed",
                    bar(l.usedBytes(), most, unicode)));
        }
        b.append(String.format("large: %d cell%s, %d bytes mapped  %s%n", st.largeCount(),
                st.largeCount() == 1 ? "" : "s", st.largeBytes(), st.largeCount() == 0 ? "ok" : "not all freed"));
        b.append(String.format("total: %d bytes used (peak %d), %d mapped; %d mmap, %d munmap, %d mremap calls%n",
                st.used(), maxUsed, st.mapped(), st.mmapCalls(), st.munmapCalls(), st.mremapCalls()));
        return b.toString();
    }

    /**
     * The text of {@code \m}: the pool's invariants ("pool ok" with the cells in use, or each
     * broken one), then what the workspace keeps alive: leaked cells (in use, reached by no
     * K-tree) and cells whose count is not the number of references to them.
     */
    public static String audit(AuditReport r, ReachReport reach, PoolStats st) {
        StringBuilder b = new StringBuilder();
        if (r.ok()) {
            b.append("pool ok: ").append(st.cellsInUse()).append(" cells in use, ").append(st.used()).append(" bytes\n");
        } else {
            b.append("pool has ").append(r.problems().size()).append(" problem(s):\n");
            for (String p : r.problems()) b.append("  ").append(p).append('\n');
        }
        if (reach.ok()) {
            b.append("no leaks: the workspace reaches all ").append(reach.reachable()).append(" cells, each counted right\n");
            return b.toString();
        }
        if (reach.unreachable() != 0) {
            b.append("leak: ").append(reach.unreachable()).append(" cells in use that no workspace reaches\n");
            for (String c : reach.leakedCells()) b.append("  ").append(c).append('\n');
            if (reach.leakedCells().isEmpty()) b.append("  (start with -Dkpool.debug=true to list them)\n");
        }
        if (!reach.miscounted().isEmpty()) {
            b.append("miscounted: ").append(reach.miscounted().size()).append(" cells whose count is not their references\n");
            for (String c : reach.miscounted()) b.append("  ").append(c).append('\n');
        }
        return b.toString();
    }

    /** 64B, 1K, 32M: a power-of-two size in short form. */
    public static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + "M";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + "K";
        return bytes + "B";
    }

    /** A bar of BAR columns at most: block characters in eighths, or '#' in whole columns. */
    public static String bar(long value, long most, boolean unicode) {
        if (value <= 0) return "";
        long eighths = Math.max(1, value * BAR * 8 / most);
        if (!unicode) return "#".repeat((int) Math.max(1, (eighths + 7) / 8)) + " " + value;
        String full = "█".repeat((int) (eighths / 8));
        int part = (int) (eighths % 8);
        return full + (part == 0 ? "" : String.valueOf(EIGHTHS.charAt(part))) + " " + value;
    }
}

package kj.cmd;

import kj.kpool.AuditReport;
import kj.kpool.PoolStats;
import kj.kpool.ReachReport;

/** The text of {@code \m} (the audit and the leak check), and the size and bar forms the memory views share. */
public final class MemoryReport {
    private static final int BAR = 24;
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

    private MemoryReport() {}

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

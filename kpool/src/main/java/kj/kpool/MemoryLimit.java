package kj.kpool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory this process may use: the lower of the machine's physical memory and its cgroup's
 * limit (v2 {@code memory.max} or v1 {@code memory.limit_in_bytes}, walking up to the root).
 * A session's default workspace cap is that, less room for the JVM itself, so a huge request is
 * a {@code wsfull} error instead of a visit from the kernel's OOM killer.
 */
public final class MemoryLimit {
    private MemoryLimit() {}

    /** Bytes the JVM needs beside the pool: its heap's maximum and this much for code and stacks. */
    static final long JVM_ROOM = 256L << 20;
    /** The least default cap, on a machine too small to leave room for both. */
    static final long FLOOR = 64L << 20;

    /** The default workspace cap in bytes, or 0 (none) when no limit can be read. */
    public static long defaultCap() {
        long limit = limit(Path.of("/"));
        if (limit <= 0) return 0;
        return Math.max(FLOOR, limit - Runtime.getRuntime().maxMemory() - JVM_ROOM);
    }

    /** The lower of physical memory and the cgroup limit under {@code root}; 0 when neither is known. */
    static long limit(Path root) {
        long phys = physical(root.resolve("proc/meminfo"));
        long group = cgroup(root);
        if (phys <= 0) return group;
        if (group <= 0) return phys;
        return Math.min(phys, group);
    }

    /** MemTotal from /proc/meminfo, in bytes; 0 when it cannot be read. */
    static long physical(Path meminfo) {
        for (String line : lines(meminfo)) {
            if (!line.startsWith("MemTotal:")) continue;
            String[] f = line.substring(9).trim().split("\\s+");
            try {
                return Long.parseLong(f[0]) * (f.length > 1 && f[1].equalsIgnoreCase("kB") ? 1024 : 1);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** The tightest memory limit on this process's cgroups (v2 and v1), or 0 when there is none. */
    static long cgroup(Path root) {
        long best = 0;
        for (String line : lines(root.resolve("proc/self/cgroup"))) {
            String[] f = line.split(":", 3);
            if (f.length < 3) continue;
            String rel = f[2].startsWith("/") ? f[2].substring(1) : f[2];
            if (f[1].isEmpty()) best = tighter(best, walk(root.resolve("sys/fs/cgroup"), rel, "memory.max"));
            else if (List.of(f[1].split(",")).contains("memory"))
                best = tighter(best, walk(root.resolve("sys/fs/cgroup/memory"), rel, "memory.limit_in_bytes"));
        }
        return best;
    }

    /** The tightest limit in {@code file} from the group {@code rel} up to {@code base}. */
    private static long walk(Path base, String rel, String file) {
        long best = 0;
        Path g = rel.isEmpty() ? base : base.resolve(rel);
        while (g != null && g.startsWith(base)) {
            best = tighter(best, value(g.resolve(file)));
            g = g.equals(base) ? null : g.getParent();
        }
        return best;
    }

    private static long tighter(long a, long b) {
        if (a <= 0) return b;
        if (b <= 0) return a;
        return Math.min(a, b);
    }

    /** A limit file's bytes; 0 for "max", a missing file, or v1's "no limit" (near 2^63). */
    private static long value(Path p) {
        List<String> l = lines(p);
        if (l.isEmpty()) return 0;
        try {
            long v = Long.parseLong(l.get(0).trim());
            return v <= 0 || v >= Long.MAX_VALUE / 2 ? 0 : v;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}

package kj.kpool;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default workspace cap: the lower of physical memory and the cgroup limit (issue 13 item 4). */
class MemoryLimitTest {
    @TempDir
    Path root;

    private void file(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void physicalMemoryWhenNoCgroupLimits() throws IOException {
        file("proc/meminfo", "MemTotal:       24683584 kB\nMemFree: 1 kB\n");
        file("proc/self/cgroup", "4:memory:/job\n0::/\n");
        file("sys/fs/cgroup/memory/job/memory.limit_in_bytes", "9223372036854771712\n");
        file("sys/fs/cgroup/memory.max", "max\n");
        assertEquals(24683584L * 1024, MemoryLimit.limit(root));
    }

    @Test
    void aCgroupV1LimitBelowPhysicalMemoryWins() throws IOException {
        file("proc/meminfo", "MemTotal: 8000000 kB\n");
        file("proc/self/cgroup", "7:cpu:/x\n4:memory:/job/step\n");
        file("sys/fs/cgroup/memory/job/memory.limit_in_bytes", "2147483648\n");
        file("sys/fs/cgroup/memory/job/step/memory.limit_in_bytes", "9223372036854771712\n");
        assertEquals(2147483648L, MemoryLimit.limit(root), "a parent group's limit holds for its children");
    }

    @Test
    void aCgroupV2LimitBelowPhysicalMemoryWins() throws IOException {
        file("proc/meminfo", "MemTotal: 8000000 kB\n");
        file("proc/self/cgroup", "0::/user.slice/app\n");
        file("sys/fs/cgroup/user.slice/app/memory.max", "1073741824\n");
        file("sys/fs/cgroup/user.slice/memory.max", "max\n");
        assertEquals(1L << 30, MemoryLimit.limit(root));
    }

    @Test
    void nothingReadableIsNoLimit() {
        assertEquals(0, MemoryLimit.limit(root));
    }

    @Test
    void theDefaultCapLeavesRoomForTheJvm() {
        long cap = MemoryLimit.defaultCap();
        long limit = MemoryLimit.limit(Path.of("/"));
        if (limit > 0) {
            assertTrue(cap >= MemoryLimit.FLOOR);
            assertTrue(cap <= Math.max(MemoryLimit.FLOOR, limit - Runtime.getRuntime().maxMemory()), cap + " of " + limit);
        } else {
            assertEquals(0, cap);
        }
    }
}

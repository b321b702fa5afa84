package kj.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kj.kpool.PoolStats;
import kj.value.K;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kj.eval.WorkspaceTest;

/** 1: maps a K file holding one vector into a value (copied on write, unmapped once); 0: streams text. */
class MappedReadTest extends WorkspaceTest {
    @TempDir
    Path dir;

    private String f(String name) { return "\"" + dir.resolve(name) + "\""; }

    private PoolStats st() { return in.pool().stats(); }

    /** Runs src for its effect: the value is released, not printed (printing 8M ints would dwarf the figures). */
    private void run(String src) { K.cd(in.run(src)); }

    @Test
    void a64MiBVectorIsMappedNotCopiedAndItsMemoryGoesAtRelease() throws IOException {
        run(f("v") + " 1: !8388608");
        assertEquals(8L * 8388608 + 32, Files.size(dir.resolve("v.K")), "Kona's file: -3, 1, the type, the count, the items");
        long files = st().mappedFiles().cells().current();
        long unmapsBefore = st().munmapCalls();
        long rssBefore = rssKiB();
        run("x: 1: " + f("v"));
        assertEquals(files + 1, st().mappedFiles().cells().current(), "one mapped file");
        assertEquals("35184367894528", k("+/x"), "every item read through the mapping");
        assertEquals("8388607", k("x[8388607]"));
        assertEquals("-1", k("4: x"));
        long rssDuring = rssKiB();
        long riseMiB = (rssDuring - rssBefore) / 1024;
        assertTrue(riseMiB >= 56 && riseMiB < 100, "RSS rose by " + riseMiB + " MiB summing a 64 MiB file");
        run("y: x");
        run("x: 0");
        assertEquals(unmapsBefore, st().munmapCalls(), "y still holds it");
        k("y: 0");
        assertEquals(unmapsBefore + 1, st().munmapCalls(), "one munmap at the last reference");
        assertEquals(files, st().mappedFiles().cells().current());
        long dropMiB = (rssDuring - rssKiB()) / 1024;
        assertTrue(dropMiB > 48, "RSS fell by " + dropMiB + " MiB at release");
    }

    @Test
    void amendCopiesAMappedValueAndTheFileStaysAsItWas() {
        k(f("w") + " 1: 1.5 * !100000");
        k("x: 1: " + f("w"));
        long files = st().mappedFiles().cells().current();
        k("y: x");
        k("x[0]: 7.0");
        assertEquals("7 1.5 3.0", k("3 # x"));
        assertEquals("0 1.5 3.0", k("3 # y"), "the other reference keeps the mapped value");
        k("y[1]: 9.0");
        assertEquals(files - 1, st().mappedFiles().cells().current(), "both names hold copies now: the mapping went");
        assertEquals("0 1.5 3.0", k("3 # 1: " + f("w")), "the file was not written");
        k("z: 1: " + f("w"));
        k("z+: 1");
        assertEquals("1 2.5 4.0", k("3 # z"));
        k("z: |z");
        assertEquals("149999.5 149998.0", k("2 # z"));
        assertEquals("0 1.5 3.0", k("3 # 1: " + f("w")));
    }

    @Test
    void rewritingTheFileLeavesAMappedValueAsItWas() {
        k(f("r") + " 1: !100000");
        k("m: 1: " + f("r"));
        k(f("r") + " 1: !10");
        assertEquals("4999950000", k("+/m"), "the write made a new file: the mapping keeps the old one");
        assertEquals("0 1 2 3 4 5 6 7 8 9", k("1: " + f("r")));
        k(f("r") + " 5: 10 11");
        assertEquals("4999950000", k("+/m"));
        assertEquals("12", k("#1: " + f("r")));
    }

    @Test
    void charVectorsAreMappedAndSmallOrMixedFilesAreRead() {
        long files = st().mappedFiles().cells().current();
        k(f("c") + " 1: 70000 # \"abc\"");
        k("c: 1: " + f("c"));
        assertEquals(files + 1, st().mappedFiles().cells().current());
        assertEquals("\"abcab\"", k("5 # c"));
        assertEquals("\"a\"", k("c[69999]"));
        k(f("s") + " 1: !10");
        k("s: 1: " + f("s"));
        k(f("l") + " 1: (!100000;\"ab\")");
        k("l: 1: " + f("l"));
        assertEquals(files + 1, st().mappedFiles().cells().current(), "a small file and a list are read");
        assertEquals("0 1 2 3 4 5 6 7 8 9", k("s"));
        assertEquals("\"ab\"", k("l[1]"));
        k("c: 0");
        assertEquals(files, st().mappedFiles().cells().current());
    }

    @Test
    void aTruncatedVectorFileIsAnErrorNotAMapping() throws IOException {
        k(f("t") + " 1: !100000");
        Path p = dir.resolve("t.K");
        byte[] b = Files.readAllBytes(p);
        Files.write(p, java.util.Arrays.copyOf(b, b.length - 8));
        assertEquals("nonce", err("1: " + f("t")), "as Kona reads a malformed file");
    }

    @Test
    void zeroColonStreamsLinesAcrossItsBuffer() throws IOException {
        String longLine = "x".repeat(200_000);
        Files.writeString(dir.resolve("a.txt"), "ab\n\n" + longLine + "\nlast");
        assertEquals("4", k("#0: " + f("a.txt")));
        assertEquals("(\"ab\";\"\";200000;\"last\")".replace("\"\";200000", "\"\";200000"),
                k("{:[200000=#x;#x;x]}' 0: " + f("a.txt")).replace("\n ", ";").replace("\n", ""));
        Files.writeString(dir.resolve("b.txt"), "one\ntwo\n");
        assertEquals("(\"one\"\n \"two\")", k("0: " + f("b.txt")));
        Files.writeString(dir.resolve("c.txt"), "");
        assertEquals("()", k("0: " + f("c.txt")));
        Files.writeString(dir.resolve("d.txt"), "\n");
        assertEquals(",\"\"", k("0: " + f("d.txt")));
        assertEquals("file", err("0: " + f("none.txt")));
    }

    @Test
    void zeroColonReadsA32MBFileWithoutAHeapCopyOfIt() throws IOException {
        Path p = dir.resolve("big.txt");
        String line = "y".repeat(255) + "\n";
        try (var w = Files.newBufferedWriter(p, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < 128 * 1024; i++) w.write(line);
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        run("n: 0: " + f("big.txt")); // once to warm up, so class loading is not counted
        run("n: 0");
        long before = threads.getThreadAllocatedBytes(tid);
        run("n: 0: " + f("big.txt"));
        long heap = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(heap < 8 << 20, "0: of a 32 MiB file allocated " + heap + " bytes on the heap");
        assertEquals("131072 255", k("(#n; #n[131071])"));
        k("n: 0");
    }

    private static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        throw new AssertionError("no VmRSS");
    }
}

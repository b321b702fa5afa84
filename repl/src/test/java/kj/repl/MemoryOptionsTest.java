package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -m} and {@code -r} in k processes of their own (they set up the process's one pool):
 * a value past the cap of anonymous memory, a directory left empty even by kill -9, a reserve
 * resident from the start.
 */
class MemoryOptionsTest {
    @TempDir
    Path dir;

    private static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "kj.repl.Repl"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String run(String stdin, String... args) throws Exception {
        Process p = start(args);
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.ISO_8859_1));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    private static long entries(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void aValueLargerThanTheCapOfAnonymousMemoryFitsOnFiles() throws Exception {
        String sum = "x:!12000000\n+/x\n"; // 96 MB of ints
        String capped = run(sum, "-w", "64");
        assertTrue(capped.startsWith("wsfull error\n"), capped);
        String out = run(sum + "\\w\n", "-w", "64", "-m", dir.toString());
        assertTrue(out.startsWith("71999994000000\n"), out);
        assertTrue(out.contains("\nfile-backed 91.6 MiB in 1 cell above 32.0 MiB in " + dir + " (peak 91.6 MiB)\n"), out);
        assertTrue(out.contains("; cap 64.0 MiB\n"), out);
        assertEquals(0, entries(dir));
    }

    @Test
    void nothingIsLeftInTheDirectoryWhenKIsKilled() throws Exception {
        Process p = start("-m", dir.toString() + ",40");
        OutputStream in = p.getOutputStream();
        in.write("x:!10000000\n`ready\n".getBytes(StandardCharsets.ISO_8859_1));
        in.flush();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("`ready", out.readLine());
        String maps = Files.readString(Path.of("/proc/" + p.pid() + "/maps"));
        assertTrue(maps.contains(dir.toString()) && maps.contains("(deleted)"),
                "the 80 MB vector is a mapping of a file in the directory that has no name");
        assertEquals(0, entries(dir), "no name in the directory while k runs");
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, entries(dir), "nor after kill -9");
    }

    @Test
    void theReserveIsResidentFromTheStartAndShownByTheSummary() throws Exception {
        long plain = rssOfWaitingK();
        long reserved = rssOfWaitingK("-r", "256");
        long riseMiB = (reserved - plain) / 1024;
        assertTrue(riseMiB > 200, "a 256 MB reserve raised RSS by " + riseMiB + " MiB");
        String out = run("\\w\nx:!100000\n\\w\n", "-r", "16");
        assertTrue(out.contains("\nreserve 16.0 MiB, 0 B of it in lanes\n"), "the lanes' first chunk came before -r: " + out);
        assertTrue(out.matches("(?s).*\nreserve 16\\.0 MiB, 1\\.[0-9] MiB of it in lanes\n.*"), out);
        assertTrue(run("", "-w", "8", "-r", "16").startsWith("k: cannot reserve 16 MB"));
        assertTrue(run("", "-m", dir.resolve("none").toString()).startsWith("k: -m wants a directory"));
        assertTrue(run("", "-r", "x").startsWith("k: -r wants a number of megabytes, not x"));
    }

    /** VmRSS in KiB of a k that has started and answered one line. */
    private static long rssOfWaitingK(String... args) throws Exception {
        Process p = start(args);
        try {
            OutputStream in = p.getOutputStream();
            in.write("`up\n".getBytes(StandardCharsets.ISO_8859_1));
            in.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("`up", out.readLine());
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            throw new AssertionError("no VmRSS");
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

package kj.repl;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SIGINT with standard input piped, in a separate JVM (a signal cannot be aimed at one test):
 * it interrupts a running line, and while k waits for input it ends k with status 130.
 */
@Timeout(60)
class PipedSignalTest {
    @Test
    void interruptsARunningLineThenEndsWhileWaiting() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process k = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "kj.repl.Repl").redirectErrorStream(true).start();
        try {
            run(k);
        } finally {
            k.destroyForcibly();
        }
    }

    private static void run(Process k) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        Thread reader = Thread.ofPlatform().start(() -> copy(k.getInputStream(), seen));
        OutputStream in = k.getOutputStream();
        send(in, "a:1 2\na\n");
        await(seen, "1 2\n"); // k is up and reading: its handler is in place
        send(in, "while[1;]\n");
        Thread.sleep(500);
        signal(k);
        await(seen, "1 2\ninterrupt error\n");
        send(in, "a\n");
        await(seen, "interrupt error\n1 2\n");
        signal(k);
        assertTrue(k.waitFor(20, TimeUnit.SECONDS));
        reader.join(5000);
        assertEquals("1 2\ninterrupt error\n1 2\n", text(seen));
        assertEquals(130, k.exitValue());
    }

    private static void send(OutputStream in, String lines) throws Exception {
        in.write(lines.getBytes(StandardCharsets.ISO_8859_1));
        in.flush();
    }

    private static void await(ByteArrayOutputStream seen, String text) throws InterruptedException {
        for (int i = 0; i < 200 && !text(seen).contains(text); i++) Thread.sleep(100);
        assertTrue(text(seen).contains(text), "never saw " + text + " in " + text(seen));
    }

    private static void signal(Process p) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    }

    private static String text(ByteArrayOutputStream b) {
        synchronized (b) {
            return b.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = from.read(buf)) > 0; ) {
                synchronized (to) {
                    to.write(buf, 0, n);
                }
            }
        } catch (java.io.IOException e) {
            // the process ended
        }
    }
}

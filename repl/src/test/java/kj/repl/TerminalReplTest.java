package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real REPL through JLine, end to end: keystrokes go into an {@link ExternalTerminal}
 * (JLine's terminal over plain streams, with its own line discipline: Ctrl-C raises INT),
 * and the test reads the screen with the escape sequences taken out.
 */
@Timeout(60)
class TerminalReplTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private PipedOutputStream keys;
    private final Screen screen = new Screen();
    private ExternalTerminal terminal;
    private Thread repl;
    private volatile int exitCode = -1;
    private int mark;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("kj.history", dir.resolve("history").toString());
        launch(new Size(100, 30));
    }

    /** Starts k on a fresh terminal (the screen goes on from where it was). */
    private void launch(Size size) throws Exception {
        keys = new PipedOutputStream();
        InputStream typed = new PipedInputStream(keys, 1 << 16);
        terminal = new ExternalTerminal("kj-test", "xterm", typed, screen, StandardCharsets.UTF_8);
        terminal.setSize(size);
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        repl = new Thread(null, () -> exitCode = Repl.run(new String[0], InputStream.nullInputStream(),
                new ByteArrayOutputStream(), err, () -> terminal), "k-test", 256L << 20);
        repl.start();
        expect("  ");
    }

    @AfterEach
    void stop() throws Exception {
        if (repl.isAlive()) {
            type("\u0004");
            repl.join(10_000);
        }
        System.clearProperty("kj.history");
        assertFalse(repl.isAlive(), "Ctrl-D ends the REPL");
        assertEquals(0, exitCode);
        PoolBaseline.check(errors.toString(StandardCharsets.UTF_8));
    }

    private void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until text shows on the screen after what earlier expectations consumed. */
    private void expect(String text) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            String seen = screen.text();
            int at = seen.indexOf(text, mark);
            if (at >= 0) {
                mark = at + text.length();
                return;
            }
            Thread.sleep(20);
        }
        fail("never saw " + show(text) + " after:\n" + show(screen.text().substring(mark)));
    }

    private static String show(String s) { return "\"" + s.replace("\n", "\\n") + "\""; }

    @Test
    void anErrorInALambdaSuspendsItUntilBackslash() throws Exception {
        type("f:{[a] b:a*2; b+`x}\r");
        type("f 3\r");
        expect("type error\n[a] b:a*2; b+`x\n            ^\n>  ");
        type("b\r");
        expect("\n6\n>  ");
        type("a+b\r");
        expect("\n9\n>  ");
        type("\\\r");
        type("g:{1+f x}\r");
        type("g 1\r");
        expect(">  ");
        type(":41\r");
        expect("\n42\n");
        type("\\m\r");
        expect("no leaks");
    }

    @Test
    void expressionsHistoryMultiLineAndCompletion() throws Exception {
        type("a:1 2 3\r");
        type("a\r");
        expect("\n1 2 3\n");
        type("\u0010\r"); // Ctrl-P: the previous line again
        expect("\n1 2 3\n");
        type("\u001bOA\r"); // the up arrow as xterm sends it
        expect("\n1 2 3\n");
        type("b:(4\r");
        expect(">  ");
        type("5)\r");
        type("b\r");
        expect("\n4 5\n");
        type("foobar:6\r");
        type("foob\t\r");
        expect("foobar");
        expect("\n6\n");
        type("\\w l\r");
        expect("bytes used");
        expect("█");
        type("\u0004");
        repl.join(10_000);
        String history = Files.readString(dir.resolve("history"));
        assertTrue(history.contains("a:1 2 3") && history.contains("b:(4\\n5)"), history);
    }

    @Test
    void dailyCommandsAtThePrompt() throws Exception {
        type("!600\r");
        expect(" 598 599\n"); // whole, as Kona prints it
        type("\\c 2 20\r");
        type("!600\r");
        expect("\n0 1 2 3 4 5 6 7 8 ..\n");
        type("\\d .foo\r");
        type("\\d ^\r");
        type("\\d .foo.bar\r");
        type("\\d ^\r");
        type("\\d\r");
        expect("\n.foo\n");
        type("\\echo from the shell\r");
        expect("\nfrom the shell\n");
        type("g:{[a;b] c:a*b; c+1}\r");
        type("g[2;3]\r");
        expect("\n7\n");
        type("c\r");
        expect("value error\nc\n^\n");
        type("\\p abc\r");
        expect("\ntype error\n");
        type("\\l nope\r");
        expect("\nnope: file not found\n");
    }

    @Test
    void historyIsKeptForTheNextSession() throws Exception {
        type("6*7\r");
        expect("\n42\n");
        type("\u0004");
        repl.join(10_000);
        assertFalse(repl.isAlive());
        launch(new Size(100, 30));
        expect("  ");
        type("\u001bOA"); // up: the last line of the session before
        expect("6*7");
        type("\r");
        expect("\n42\n");
    }

    @Test
    void aTerminalOfNoWidthStillEchoesWhatIsTyped() throws Exception {
        type("\u0004");
        repl.join(10_000);
        launch(new Size(0, 0));
        expect("  ");
        type("1+1\r");
        expect("  1+1\n2\n");
    }

    @Test
    void aStringSpanningLinesContinues() throws Exception {
        type("s:\"ab\r");
        expect(">  ");
        type("cd\"\r");
        type("s\r");
        expect("\"ab\\ncd\"");
    }

    @Test
    void tabCompletesKTreePathsAndUnderscoreNames() throws Exception {
        type("d.alpha:5\r");
        type(".k.d.al\t\r");
        expect(".k.d.alpha");
        expect("\n5\n");
        type("#3 _dra\t2\r");
        expect("_draw");
        expect("\n3\n");
    }

    @Test
    void ctrlCInterruptsALoopAndTheWorkspaceStays() throws Exception {
        type("a:1 2 3\r");
        type("while[1;]\r");
        expect("while[1;]");
        expect("\n");
        Thread.sleep(300);
        for (int i = 0; i < 20 && !screen.text().contains("interrupt error"); i++) {
            type("\u0003");
            Thread.sleep(500);
        }
        expect("interrupt error");
        type("a\r");
        expect("\n1 2 3\n");
    }

    @Test
    void reverseSearchFindsAnEarlierLine() throws Exception {
        type("seven:7\r");
        type("seven\r");
        expect("\n7\n");
        type("8\r");
        expect("\n8\n");
        type("\u0012sev"); // Ctrl-R, then part of the line to find
        expect("seven");
        type("\r");
        expect("\n7\n");
    }

    @Test
    void ctrlCAtThePromptDropsTheLine() throws Exception {
        type("nosuch");
        expect("nosuch");
        type("\u0003");
        Thread.sleep(500); // keys typed at once would reach the line before the interrupt
        type("7\r");
        expect("\n7\n");
        assertFalse(screen.text().contains("value error"));
    }

    @Test
    void twoBackslashesLeave() throws Exception {
        type("\\\\\r");
        repl.join(10_000);
        assertFalse(repl.isAlive());
    }

    /** The terminal's output: bytes decoded, escape sequences and carriage returns removed. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream raw = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) { raw.write(b); }

        @Override
        public synchronized void write(byte[] b, int off, int len) { raw.write(b, off, len); }

        synchronized String text() {
            return raw.toString(StandardCharsets.UTF_8)
                    .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "")
                    .replaceAll("\u001b[=>]", "")
                    .replace("\r", "")
                    .replace("\b", "");
        }
    }
}

package kj.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The start-up cache's terminal session. ./k's training run (piped, no terminal) sets
 * {@code -Dkj.aot.terminal=true}; after the training script, k then runs a REPL session on a
 * JLine terminal over in-memory streams, with keys typed into it (lines, a completion, history
 * by Ctrl-P, a lambda over two lines, an error, a command; no Ctrl-C, which would flush the keys
 * not yet read), so that the cache holds JLine's line reader and display, which a piped run never
 * loads: a REPL's first prompt then comes sooner (README, start-up). Its history goes where
 * {@code kj.history} says (the launcher: a file in target/, removed after the training).
 */
final class TerminalTraining {
    private TerminalTraining() {}

    private static final String KEYS = "1+1\r!5\rabc:3\rab\t\r\u0010\r{x+\ry}[1;2]\rnosuch\r\\w\r\\\\\r";

    static boolean wanted() { return Boolean.getBoolean("kj.aot.terminal"); }

    /** Runs the session; what k would print on stderr (a leak at its end) goes to err. */
    static void run(PrintStream err) throws IOException {
        InputStream keys = new Keys(KEYS.getBytes(StandardCharsets.ISO_8859_1));
        Terminal t = TerminalBuilder.builder().system(false).streams(keys, OutputStream.nullOutputStream())
                .type("xterm-256color").size(new Size(80, 24)).build();
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        Repl.session(Options.parse(new String[0]), InputStream.nullInputStream(), none, err, () -> t);
    }

    /**
     * The keys, then nothing until the terminal closes (its pump thread is interrupted): an end
     * of input would close the terminal's input with the keys not yet read.
     */
    private static final class Keys extends InputStream {
        private final byte[] keys;
        private int at;

        Keys(byte[] keys) { this.keys = keys; }

        @Override
        public int read() {
            if (at < keys.length) return keys[at++] & 0xFF;
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            int c = read();
            if (c < 0) return -1;
            b[off] = (byte) c;
            return 1;
        }
    }
}

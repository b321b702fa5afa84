package kj.repl;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kj.conformance.Conformance;
import kj.value.K;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The {@code k} program. A script given on the command line runs first; then lines come from
 * the terminal (JLine: editing, history, completion, Ctrl-C) or, when standard input is not a
 * terminal, from the plain stream with no prompts. Exit status: 0, or 1 when the script or
 * {@code -e} printed an error (or \e 2 stopped at one), 2 for a bad command line.
 * Evaluation runs on a thread with a 1 GB stack so deep K recursion ends in K's stack error.
 */
public final class Repl {
    private Repl() {}

    /** How the loop reads its lines: a terminal to open, or null for plain standard input. */
    interface TerminalSource {
        Terminal open() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        kj.kpool.Mem.prime(); // first, before start-up fills the JIT's queue (see there)
        int[] code = {0};
        boolean tty = System.console() != null && System.console().isTerminal();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.ISO_8859_1);
        TerminalSource terminal = tty ? Repl::systemTerminal : null;
        Thread t = new kj.value.EvalThread("k", 1L << 30, () -> {
            code[0] = run(args, System.in, out, System.err, terminal);
            if (TerminalTraining.wanted()) {
                try {
                    TerminalTraining.run(System.err);
                } catch (IOException e) {
                    System.err.println("k: " + e.getMessage());
                }
            }
        });
        t.start();
        t.join();
        out.flush();
        System.exit(code[0]);
    }

    /**
     * The terminal k runs in: through JLine's JNI provider alone (the others switched off, or
     * JLine probes each), unless a JLine provider property says otherwise; where JNI cannot make
     * one, JLine's default order. The FFM provider links six native calls (about 150
     * classes spun) and the exec one's probe starts a process: the first prompt came 0.43-0.46 s
     * after launch; with JNI alone and the start-up cache's terminal session (TerminalTraining),
     * 0.27-0.29 (tmux, medians of 9; README, start-up).
     */
    static Terminal systemTerminal() throws IOException {
        if (System.getProperty(TerminalBuilder.PROP_PROVIDER) == null && System.getProperty(TerminalBuilder.PROP_PROVIDERS) == null) {
            try {
                return TerminalBuilder.builder().system(true).providers("jni").ffm(false).exec(false).dumb(false).build();
            } catch (IOException | RuntimeException e) {
                // no JNI terminal here: JLine's own order below
            }
        }
        return TerminalBuilder.builder().system(true).build();
    }

    /** Runs the program; returns the exit status. */
    static int run(String[] args, InputStream in, OutputStream sink, PrintStream err, TerminalSource terminal) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("k: " + e.getMessage());
            err.print(Options.USAGE);
            return 2;
        }
        PrintStream out = sink instanceof PrintStream p ? p : new PrintStream(sink, false, StandardCharsets.ISO_8859_1);
        try {
            if (o.help()) {
                out.print(Options.USAGE);
                return 0;
            }
            if (o.fuzz() >= 0) return kj.fuzz.Fuzzer.soak(o.fuzz(), o.seed(), o.from(), out);
            if (o.conformance() != null) return Conformance.report(Path.of(o.conformance()), out).isEmpty() ? 0 : 1;
            return session(o, in, out, err, o.expr() == null ? terminal : null);
        } catch (IOException e) {
            err.println("k: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    /** Applies -m and -r to the session's pool; returns what is wrong with them, or null. */
    private static String memory(Options o, kj.kpool.Pool pool) {
        if (o.fileDir() != null) {
            Path d = Path.of(o.fileDir());
            if (!Files.isDirectory(d) || !Files.isWritable(d)) return "-m wants a directory it can write: " + o.fileDir();
            pool.setFileBacking(d.toAbsolutePath().toString(), o.fileThresholdMb() << 20);
        }
        if (o.reserveMb() > 0) {
            try {
                pool.setReserve(o.reserveMb() << 20);
            } catch (kj.kpool.WorkspaceFullException | IllegalStateException e) {
                return "cannot reserve " + o.reserveMb() + " MB: " + e.getMessage();
            }
        }
        return null;
    }

    static int session(Options o, InputStream in, PrintStream out, PrintStream err, TerminalSource source)
            throws IOException {
        String src = null;
        if (o.script() != null) {
            Path p = Path.of(o.script());
            if (!Files.isRegularFile(p)) {
                err.println("k: cannot read " + o.script());
                return 1;
            }
            src = Files.readString(p, StandardCharsets.ISO_8859_1);
        }
        Terminal terminal = source == null ? null : source.open();
        Session s = new Session(terminal == null ? out : TerminalRepl.output(terminal), terminal != null);
        try (s; Interrupts ignored = terminal != null ? Interrupts.from(terminal, s) : Interrupts.fromSignal(s)) {
            s.ws.pool().setCap(o.capMb() >= 0 ? o.capMb() << 20 : kj.kpool.MemoryLimit.defaultCap());
            String bad = memory(o, s.ws.pool());
            if (bad != null) {
                err.println("k: " + bad);
                return 2;
            }
            s.ws.settings().args = o.argv();
            BufferedReader stdin = terminal != null ? null
                    : new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            org.jline.reader.LineReader reader = terminal != null ? TerminalRepl.reader(s, terminal, TerminalRepl.historyFile()) : null;
            if (o.expr() == null) s.input(reader != null ? TerminalRepl.input(reader) : prompt -> {
                s.out.print(prompt);
                s.out.flush();
                return stdin.readLine();
            });
            if (src != null) s.file(o.script(), src);
            if (o.expr() != null && !s.exitRequested()) {
                s.lines(o.expr());
                s.finish();
            }
            int status = s.errors() > 0 ? 1 : 0;
            if (o.expr() != null || s.exitRequested()) return status;
            if (terminal != null) TerminalRepl.run(s, terminal, reader);
            else plain(s, stdin);
            return status > 0 || s.ws.settings().errorFlag == 2 && s.errors() > 0 ? 1 : 0;
        } finally {
            // closed by now: whatever its pool still held when the K-tree was released is a leak
            long left = s.ws.bytesLeftAtClose();
            if (left > 0) err.println("k: " + left + " bytes of the workspace were never released (a leak)");
            if (terminal != null) terminal.close();
        }
    }

    /** Standard input that is not a terminal: no prompts, output flushed after each line. */
    private static void plain(Session s, BufferedReader r) throws IOException {
        for (String line; !s.exitRequested() && (line = r.readLine()) != null; ) {
            s.line(line);
            s.out.flush();
        }
        s.finish();
    }
}

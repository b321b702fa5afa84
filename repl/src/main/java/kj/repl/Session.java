package kj.repl;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kj.cmd.Commands;
import kj.error.KError;
import kj.eval.Interp;
import kj.eval.Script;
import kj.eval.Workspace;

/**
 * One workspace and the reader that feeds it: lines go to {@link Script}, which runs K and the
 * backslash commands of the workspace's table; the session adds the terminal's own row
 * ({@code \c}, see {@link Console}). K text is written as Latin-1 bytes (K chars are bytes).
 * A line runs holding the workspace's lock, which Kona's timer (\t n) takes between lines.
 */
final class Session implements AutoCloseable {
    /** The workspace's command table, which the session extends with the terminal's rows. */
    final Commands commands = Commands.standard();
    final Workspace ws = new Workspace(commands);
    final Interp interp = ws.interp();
    final PrintStream out;
    final Script script;
    final Console console;
    private volatile boolean busy;

    /** {@code terminal}: the output is a terminal (Unicode bars in \w l). */
    Session(OutputStream sink, boolean terminal) {
        this.out = sink instanceof PrintStream p ? p : new PrintStream(sink, false, StandardCharsets.ISO_8859_1);
        this.script = new Script(interp, out);
        script.terminal(terminal);
        this.console = new Console();
        script.display(console::cut);
        commands.add(console.row());
    }

    /** Where a suspended lambda reads its lines: the terminal, or standard input. */
    @FunctionalInterface
    interface Input {
        /** Shows the prompt and reads a line; null at the end of input. */
        String read(String prompt) throws java.io.IOException;
    }

    private Input input;
    /** How many lambdas are suspended now (the prompt shows one > for each). */
    private int suspended;

    /** Sets where suspended lambdas read (Kona's \e 1); null: an error never suspends (-e). */
    void input(Input in) {
        input = in;
        interp.suspender(in == null ? null : new kj.eval.Suspender() {
            @Override public long suspend(KError e) { return Session.this.suspend(e); }
            @Override public long stop(long x, String line) { return Session.this.stop(x, line); }
        });
    }

    /**
     * Kona's suspended mode: the error is shown, then lines are read and evaluated in the failing
     * lambda's frame until {@code \} (leave: the error goes on to the top) or {@code :value}
     * (the lambda gives that value and the evaluation goes on). Backslash commands run as typed.
     */
    private long suspend(KError e) {
        out.println(script.displayed(e));
        return prompt(() -> {
            throw e;
        });
    }

    /**
     * Kona's stop ({@code \\x} under {@code \\b s}): "stop" and the line, then the suspended
     * prompt in the current frame, until {@code \\} (x goes on) or {@code :value} (value goes on).
     */
    private long stop(long x, String line) {
        out.println("stop");
        out.println(line);
        return prompt(() -> kj.value.K.ci(x));
    }

    /** The suspended prompt: lines evaluated in the current frame until {@code \\} ({@code leave}) or {@code :value}. */
    private long prompt(java.util.function.LongSupplier leave) {
        suspended++;
        try {
            while (true) {
                out.flush();
                String line = input.read(">".repeat(suspended) + "  ");
                if (line == null || line.strip().equals("\\")) return leave.getAsLong();
                String t = line.strip();
                if (t.isEmpty()) continue;
                if (t.startsWith("\\")) {
                    script.line(line);
                    continue;
                }
                boolean giving = t.startsWith(":") && !t.startsWith("::");
                try {
                    kj.parse.Node node = interp.parseInFrame(giving ? t.substring(1) : line);
                    long v = interp.evalInFrame(node);
                    if (giving) return v;
                    if (Script.endsInAssignment(node)) kj.value.K.cd(v);
                    else script.show(v);
                } catch (KError inner) {
                    // as Kona, any error here opens one more level (on the same frame); a deeper
                    // lambda's error has had its own level, and \ there comes back here
                    if (inner.isSuspended()) continue;
                    inner.suspended();
                    try {
                        return suspend(inner);
                    } catch (KError left) {
                        if (left != inner) throw left;
                    }
                }
            }
        } catch (java.io.IOException io) {
            return leave.getAsLong();
        } finally {
            suspended--;
        }
    }

    /** Feeds one line of input. */
    void line(String line) {
        boolean outer = busy; // \l feeds lines from inside a line
        busy = true;
        try {
            synchronized (ws) {
                ws.run(() -> {
                    interp.interrupted = false;
                    // \w h: the peak of each chunk of K (commands are not evaluations)
                    boolean command = !script.continuing() && line.stripLeading().startsWith("\\");
                    if (!command && !script.continuing()) commands.memory(ws).before();
                    script.line(line);
                    if (!command && !script.continuing() && !line.isBlank()) commands.memory(ws).after(line);
                });
            }
        } finally {
            busy = outer;
        }
    }

    /** Ends a script or {@code -e} text: a chunk left open runs, so a missing bracket is an error. */
    void finish() {
        boolean outer = busy;
        busy = true;
        try {
            synchronized (ws) {
                ws.run(script::finish);
            }
        } finally {
            busy = outer;
        }
    }

    /** True while a line runs (a signal then interrupts it rather than ending the program). */
    boolean busy() { return busy; }

    /** Feeds text holding several lines. */
    void lines(String text) {
        for (String l : text.split("\r?\n", -1)) {
            if (exitRequested()) return;
            line(l);
        }
    }

    /** Feeds the text of a file, then ends it: errors name the file and line. */
    void file(String name, String text) {
        try (Script.Reading r = script.reading(name)) {
            lines(text);
            finish();
        }
    }

    /** Writes text the REPL composed (may hold any Unicode). */
    void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    void requestExit() { script.requestExit(); }

    boolean exitRequested() { return script.exitRequested(); }

    /** Errors printed since the session began. */
    int errors() { return script.errors(); }

    /** Kona's error flag (\e). */
    int errorFlag() { return ws.settings().errorFlag; }

    @Override
    public void close() {
        out.flush();
        ws.close();
    }
}

package kj.repl;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    final Workspace ws = new Workspace();
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
        ws.commands.add(console.row());
    }

    /** Feeds one line of input. */
    void line(String line) {
        boolean outer = busy; // \l feeds lines from inside a line
        busy = true;
        try {
            synchronized (ws) {
                ws.run(() -> {
                    interp.interrupted = false;
                    script.line(line);
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

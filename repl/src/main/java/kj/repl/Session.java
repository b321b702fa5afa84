package kj.repl;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kj.error.KError;
import kj.eval.Interp;
import kj.eval.Workspace;
import kj.eval.Script;

/**
 * One workspace and the reader that feeds it: lines go to {@link Script} (which runs K and the
 * interpreter's own backslash commands); the terminal's commands go to {@link ReplCommands}.
 * K text is written as Latin-1 bytes (K chars are bytes); text the REPL composes is UTF-8.
 */
final class Session implements AutoCloseable {
    final Workspace ws = new Workspace();
    final Interp interp = ws.interp();
    final PrintStream out;
    final Script script;
    final ReplCommands commands;
    private int errors;
    private boolean exit;
    private volatile boolean busy;

    /** {@code fancy}: the output is a terminal (Unicode bars in \w l). */
    Session(OutputStream sink, boolean fancy) {
        this.out = sink instanceof PrintStream p ? p : new PrintStream(sink, false, StandardCharsets.ISO_8859_1);
        this.script = new Script(interp, out);
        this.commands = new ReplCommands(this, fancy);
    }

    /** Feeds one line of input. */
    void line(String line) {
        boolean outer = busy; // \l feeds lines from inside a line
        busy = true;
        try {
            ws.run(() -> {
                if (!script.continuing() && commands.handles(line)) {
                    commands.run(line.substring(1));
                } else {
                    interp.interrupted = false;
                    counted(() -> script.line(line));
                }
            });
        } finally {
            busy = outer;
        }
    }

    /** Ends a script or {@code -e} text: a chunk left open runs, so a missing bracket is an error. */
    void finish() {
        boolean outer = busy;
        busy = true;
        try {
            counted(script::finish);
        } finally {
            busy = outer;
        }
    }

    private void counted(Runnable feed) {
        int before = script.errors();
        feed.run();
        if (script.errors() > before) failed();
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

    /** Prints an error as the script reader does. */
    void error(KError e) {
        out.println(e.display(ws.settings().errorFlag != 0));
        failed();
    }

    private void failed() {
        errors++;
        if (ws.settings().errorFlag == 2) exit = true;
    }

    /** Writes text the REPL composed (may hold any Unicode). */
    void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }

    void requestExit() { exit = true; }

    boolean exitRequested() { return exit || script.exitRequested(); }

    /** Errors printed since the session began. */
    int errors() { return errors; }

    @Override
    public void close() {
        out.flush();
        ws.close();
    }
}

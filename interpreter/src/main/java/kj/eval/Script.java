package kj.eval;

import static kj.value.K.*;

import java.io.PrintStream;
import java.util.function.UnaryOperator;
import kj.error.KError;
import kj.parse.Node;
import kj.parse.Parser;
import kj.parse.Source;
import kj.print.Printer;

/**
 * Feeds source to an interpreter line by line, as Kona reads a script or the terminal: a chunk
 * continues while brackets, braces, parentheses or a string are open; a line holding only "/"
 * opens a comment block that a line holding only "\" closes; "\cmd" lines are commands of
 * the workspace's table ({@link Backslash}). Each chunk's value is printed unless it is nil
 * or the chunk ends in an assignment. Lines run holding the interpreter's lock (Kona's timer
 * runs between them). A file loaded with \l is read by a child reader: its errors count here.
 */
public final class Script {
    private final Interp in;
    private final PrintStream out;
    private final Script parent;
    private final StringBuilder pending = new StringBuilder();
    private boolean comment;
    private boolean exit;
    private int errors;
    /** The output is a terminal (Unicode in \w l). */
    private boolean terminal;
    /** What a value's printed text becomes before it is shown (the terminal's \c limits). */
    private UnaryOperator<String> display = UnaryOperator.identity();
    /** The file being read (null when typed), the number of lines fed so far, and where the open chunk began. */
    private String file;
    private int lines;
    private int chunkLine = 1;

    public Script(Interp in, PrintStream out) {
        this(in, out, null);
        if (out != null) in.ws.setOut(out);
    }

    private Script(Interp in, PrintStream out, Script parent) {
        this.in = in;
        this.out = out;
        this.parent = parent;
        if (parent != null) {
            terminal = parent.terminal;
            display = parent.display;
        }
    }

    /** A reader for a file loaded from this one (\l): same workspace, output and display. */
    public Script child() { return new Script(in, out, this); }

    /** How many readers this one is nested in. */
    public int depth() { return parent == null ? 0 : parent.depth() + 1; }

    public Interp interp() { return in; }

    /** The workspace this reader feeds. */
    public Workspace workspace() { return in.ws; }

    /** Where values, errors and commands' text go; null when nothing is printed. */
    public PrintStream out() { return out; }

    public boolean terminal() { return terminal; }

    public void terminal(boolean t) { terminal = t; }

    public void display(UnaryOperator<String> d) { display = d; }

    /** Stops reading (\\, or an error under \e 2); a loaded file stops its loader too. */
    public void requestExit() {
        exit = true;
        in.ws.leaving = true;
        if (parent != null) parent.requestExit();
    }

    /** True after \\ here, in a file this one loaded, or in ."\\\\" (which leaves, as in Kona). */
    public boolean exitRequested() { return exit || in.ws.leaving; }

    /** A file being read through this reader; closing it restores the reader's own place. */
    public interface Reading extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Starts reading a file (a script, or {@code \l}): the lines fed until the reading closes
     * are its lines, so errors name the file and line. Readings nest.
     */
    public Reading reading(String name) {
        String outerFile = file;
        int outerLines = lines, outerChunk = chunkLine;
        file = name;
        lines = 0;
        return () -> {
            file = outerFile;
            lines = outerLines;
            chunkLine = outerChunk;
        };
    }

    /** Errors printed so far (a loaded file's included). */
    public int errors() { return errors; }

    /** True while the lines fed so far leave a chunk open. */
    public boolean continuing() { return pending.length() > 0 || comment; }

    public void feedAll(String text) {
        for (String line : text.split("\r?\n", -1)) {
            if (exit) return;
            line(line);
        }
    }

    /** Feeds text, then (when finish) ends it as {@link #finish} does. */
    public void feedAll(String text, boolean finish) {
        feedAll(text);
        if (finish && !exit) finish();
    }

    /** Feeds one line; runs and prints a chunk when it is complete. */
    public void line(String line) {
        synchronized (in.ws) {
            read(line);
        }
    }

    private void read(String line) {
        lines++;
        if (comment) {
            if (line.strip().equals("\\")) comment = false;
            return;
        }
        if (pending.length() == 0) {
            if (line.strip().equals("/")) {
                comment = true;
                return;
            }
            if (line.startsWith("\\")) {
                command(line.substring(1));
                return;
            }
        }
        if (pending.length() > 0) pending.append('\n');
        else chunkLine = lines;
        pending.append(line);
        if (open(pending) > 0) return;
        String chunk = pending.toString();
        pending.setLength(0);
        run(chunk);
    }

    private void command(String text) {
        in.ws.run(() -> {
            try {
                show(in.ws.commands.run(this, text), false);
            } catch (KError e) {
                error(e);
            } catch (RuntimeException | Error e) {
                error(KError.of(e));
            }
        });
    }

    /**
     * Ends the input: a chunk still open runs as it is, so its parse error is printed (a script
     * or {@code -e} text must not end silently inside a bracket); an open comment block ends.
     */
    public void finish() {
        synchronized (in.ws) {
            comment = false;
            if (pending.length() == 0) return;
            String chunk = pending.toString();
            pending.setLength(0);
            run(chunk);
        }
    }

    /** Evaluates a chunk and prints its value or its error. */
    public void run(String chunk) {
        in.ws.run(() -> {
            try {
                Node node = Parser.parseLine(new Source(chunk, file, chunkLine));
                long v = in.evalTop(node);
                show(v, endsInAssignment(node));
            } catch (KError e) {
                error(e);
            } catch (RuntimeException | Error e) {
                error(KError.of(e));
            }
        });
    }

    /** Prints a value as a line's value is printed (nothing for nil) and releases it. */
    public void show(long v) { show(v, false); }

    /** An error as this reader prints it, by the error flag (\e 0: the name alone). */
    public String displayed(KError e) { return e.display(in.ws.settings().errorFlag != 0); }

    private void show(long v, boolean quiet) {
        try {
            if (out != null && !quiet && type(v) != NIL) out.println(display.apply(Printer.show(v, in.ws.settings().precision)));
        } finally {
            cd(v);
        }
    }

    private void error(KError e) {
        counted();
        if (out == null || e.isSuspended()) return; // a suspended lambda printed it
        out.println(displayed(e));
    }

    /** One more error, here and in the readers this one is nested in; \e 2 stops at it. */
    private void counted() {
        errors++;
        if (in.ws.settings().errorFlag == 2) exit = true;
        if (parent != null) parent.counted();
    }

    /**
     * Kona prints nothing for a line whose last expression assigns on its right-hand spine, except
     * a line that is one modified assignment ({@code a+:1}, {@code a[i],:x}, {@code a-:}): that
     * shows the variable's new value (or the items amended) unless its own value assigns.
     */
    public static boolean endsInAssignment(Node n) {
        if (n instanceof Node.Program p) n = p.body();
        boolean one = true;
        if (n instanceof Node.Seq s) {
            n = s.statements()[s.statements().length - 1];
            one = s.statements().length == 1;
        }
        if (one && n instanceof Node.Assign a && a.op() != null) return a.value() != null && endsInAssignment(a.value());
        while (true) {
            if (n instanceof Node.Assign) return true;
            if (n instanceof Node.Trace t) n = t.value();
            else if (n instanceof Node.Dyad d) n = d.right();
            else if (n instanceof Node.Monad m) n = m.arg();
            else if (n instanceof Node.SumOfTil s) n = s.written().arg();
            else if (n instanceof Node.MatrixProduct p) n = p.written().arg();
            else if (n instanceof Node.DotProduct p) n = p.written().arg();
            else if (n instanceof Node.Quantified q) n = q.written().arg();
            else return false;
        }
    }

    /** How many brackets are open at the end of the text (strings and comments skipped). */
    public static int open(CharSequence s) {
        int depth = 0;
        boolean str = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (str) {
                if (c == '\\') i++;
                else if (c == '"') str = false;
                continue;
            }
            switch (c) {
                case '"' -> str = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '/' -> {
                    if (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\t')
                        while (i + 1 < s.length() && s.charAt(i + 1) != '\n') i++;
                }
                default -> { }
            }
        }
        return str ? depth + 1 : depth;
    }
}

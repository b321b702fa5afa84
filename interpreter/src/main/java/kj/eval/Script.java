package kj.eval;

import static kj.value.K.*;

import java.io.PrintStream;
import kj.error.KError;
import kj.parse.Node;
import kj.parse.Parser;
import kj.parse.Source;
import kj.print.Printer;

/**
 * Feeds source to an interpreter line by line, as Kona reads a script or the terminal: a chunk
 * continues while brackets, braces, parentheses or a string are open; a line holding only "/"
 * opens a comment block that a line holding only "\" closes; "\cmd" lines are commands.
 * Each chunk's value is printed unless it is nil or the chunk ends in an assignment.
 */
public final class Script {
    private final Interp in;
    private final PrintStream out;
    private final StringBuilder pending = new StringBuilder();
    private boolean comment;
    private boolean exit;
    private int errors;
    /** The file being read (null when typed), the number of lines fed so far, and where the open chunk began. */
    private String file;
    private int lines;
    private int chunkLine = 1;

    public Script(Interp in, PrintStream out) {
        this.in = in;
        this.out = out;
        if (out != null) in.ws.setOut(out);
    }

    public boolean exitRequested() { return exit; }

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

    public int errors() { return errors; }

    /** True while the lines fed so far leave a chunk open. */
    public boolean continuing() { return pending.length() > 0 || comment; }

    public void feedAll(String text) {
        for (String line : text.split("\r?\n", -1)) {
            if (exit) return;
            line(line);
        }
    }

    /** Feeds one line; runs and prints a chunk when it is complete. */
    public void line(String line) {
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
        if (text.strip().equals("\\")) {
            exit = true;
            return;
        }
        String cmd = text.strip();
        String word = cmd.split("\\s+", 2)[0];
        String rest = cmd.substring(word.length()).strip();
        in.ws.run(() -> {
            try {
                if (out != null && TypedCommands.run(in, word, rest, out)) return;
                show(Commands.run(in, text), false);
            } catch (KError e) {
                error(e);
            }
        });
    }

    /**
     * Ends the input: a chunk still open runs as it is, so its parse error is printed (a script
     * or {@code -e} text must not end silently inside a bracket); an open comment block ends.
     */
    public void finish() {
        comment = false;
        if (pending.length() == 0) return;
        String chunk = pending.toString();
        pending.setLength(0);
        run(chunk);
    }

    /** Evaluates a chunk and prints its value or its error. */
    public void run(String chunk) {
        in.ws.run(() -> {
            try {
                Node node = Parser.parse(new Source(chunk, file, chunkLine));
                long v = in.evalTop(node);
                show(v, endsInAssignment(node));
            } catch (KError e) {
                error(e);
            }
        });
    }

    private void show(long v, boolean quiet) {
        try {
            if (out != null && !quiet && type(v) != NIL) out.println(Printer.show(v, in.ws.settings().precision));
        } finally {
            cd(v);
        }
    }

    private void error(KError e) {
        errors++;
        if (out == null) return;
        out.println(e.display(in.ws.settings().errorFlag != 0));
    }

    /** Kona prints nothing for a line whose last expression assigns on its right-hand spine. */
    private static boolean endsInAssignment(Node n) {
        if (n instanceof Node.Program p) n = p.body();
        if (n instanceof Node.Seq s) n = s.statements()[s.statements().length - 1];
        while (true) {
            switch (n) {
                case Node.Assign a -> { return true; }
                case Node.Dyad d -> n = d.right();
                case Node.Monad m -> n = m.arg();
                default -> { return false; }
            }
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

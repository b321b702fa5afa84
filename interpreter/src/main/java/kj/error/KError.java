package kj.error;

/**
 * A K error: its name is what Kona prints before " error". One subclass per name, so code can
 * throw and catch them by type; {@link #of} makes one by name (for signals with ').
 */
public class KError extends RuntimeException {
    private final String name;
    private String detail = "";
    /** Set once, by the innermost primitive the error passed through; null when it has no place. */
    private Where where;
    private boolean located;
    /** Set once a lambda suspended on this error (it then suspends no other) and printed it. */
    private boolean suspended;
    private String about = "";

    protected KError(String name) {
        super(name, null, false, false);
        this.name = name;
    }

    /** The K name of the error, as Kona prints it ("type", "length", ...). */
    public String name() { return name; }

    /** What the error is about (the undefined name of a value error), or "". */
    public String detail() { return detail; }

    /** A line printed under the error's name (the file a file verb could not read), or "". */
    public String about() { return about; }

    /** This error with a line saying what it is about; returns it, for {@code throw}. */
    public KError about(String text) {
        about = text;
        return this;
    }

    /**
     * The error of a file verb that failed on a file: a file error naming the path and the
     * reason, as the system words it ("f: No such file or directory").
     */
    public static KError file(Object path, Exception e) {
        String why = switch (e) {
            case java.nio.file.NoSuchFileException x -> "No such file or directory";
            case java.nio.file.AccessDeniedException x -> "Permission denied";
            case java.nio.file.FileAlreadyExistsException x -> "File exists";
            case java.nio.file.NotDirectoryException x -> "Not a directory";
            case java.nio.file.DirectoryNotEmptyException x -> "Directory not empty";
            case java.nio.file.FileSystemException x when x.getReason() != null -> x.getReason();
            default -> e.getMessage() == null ? "I/O error" : e.getMessage();
        };
        return of("file").about(path + ": " + why);
    }

    /** Where the error happened, or null (not located, or raised where Kona shows no line). */
    public Where where() { return where; }

    /** Marks the error as having suspended a lambda (and been printed there). */
    public void suspended() { suspended = true; }

    public boolean isSuspended() { return suspended; }

    /** Whether a primitive has already claimed this error (the innermost one does). */
    public boolean located() { return located; }

    /** Records where the error happened, unless an inner primitive already did; returns this. */
    public KError at(Where w) {
        if (!located) {
            located = true;
            where = w;
        }
        return this;
    }

    /** Shows no place for this error, wherever it happened (Kona's errors in executed text). */
    public KError placeless() {
        located = true;
        where = null;
        return this;
    }

    /**
     * The error as Kona prints it: {@code name error}, then the line it is about if any (the
     * file a file verb failed on), then for a value error the undefined name
     * and a caret (and, when {@code showWhere}, its script's file:line), else (when
     * {@code showWhere}, as under {@code \e 1}) the line and a caret.
     */
    public String display(boolean showWhere) {
        StringBuilder b = new StringBuilder(name).append(" error");
        if (!about.isEmpty()) b.append('\n').append(about);
        if (!detail.isEmpty()) {
            b.append('\n').append(detail).append("\n^");
            // in a file, its name and line, as every other error gives them
            if (showWhere && where != null && where.file() != null) b.append('\n').append(where.file()).append(':').append(where.line());
        } else if (showWhere && where != null) {
            b.append('\n').append(where.show());
        }
        return b.toString();
    }

    /** A value error about an undefined name. */
    public static KError value(String name) {
        KError e = new Value();
        e.detail = name;
        return e;
    }

    public static KError of(String name) {
        return switch (name) {
            case "type" -> new Type();
            case "length" -> new Length();
            case "rank" -> new Rank();
            case "index" -> new Index();
            case "domain" -> new Domain();
            case "valence" -> new Valence();
            case "nonce" -> new Nonce();
            case "parse" -> new Parse();
            case "syntax" -> new Syntax();
            case "value" -> new Value();
            case "wsfull" -> new WsFull();
            case "stack" -> new Stack();
            case "limit" -> new Limit();
            case "int" -> new Int();
            case "reserved" -> new Reserved();
            default -> new KError(name);
        };
    }

    public static final class Type extends KError { public Type() { super("type"); } }
    public static final class Length extends KError { public Length() { super("length"); } }
    public static final class Rank extends KError { public Rank() { super("rank"); } }
    public static final class Index extends KError { public Index() { super("index"); } }
    public static final class Domain extends KError { public Domain() { super("domain"); } }
    public static final class Valence extends KError { public Valence() { super("valence"); } }
    public static final class Nonce extends KError { public Nonce() { super("nonce"); } }
    public static final class Parse extends KError { public Parse() { super("parse"); } }
    /** Kona's syntax error: text its parser reads but refuses, such as {@code ~:\:x} or {@code 1/::2}. */
    public static final class Syntax extends KError { public Syntax() { super("syntax"); } }
    public static final class Value extends KError { public Value() { super("value"); } }
    public static final class WsFull extends KError { public WsFull() { super("wsfull"); } }
    public static final class Stack extends KError { public Stack() { super("stack"); } }
    public static final class Limit extends KError { public Limit() { super("limit"); } }
    public static final class Int extends KError { public Int() { super("int"); } }
    public static final class Reserved extends KError { public Reserved() { super("reserved"); } }
    /**
     * A Java exception that escaped evaluation: a bug in kj, reported as a K error with a
     * one-line report so the session goes on. The report also goes to the logger
     * {@code kj.internal} at level FINE (not shown unless asked for), where {@link InternalErrors}
     * counts them for the test suite and the fuzzer.
     */
    public static final class Internal extends KError {
        public Internal(Throwable cause) {
            super("internal");
            String report = report(cause);
            about(report);
            InternalErrors.LOG.fine(report);
        }

        private static String report(Throwable t) {
            StackTraceElement[] st = t.getStackTrace();
            String where = st.length == 0 ? "" : " at " + st[0];
            String msg = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
            return t.getClass().getName() + msg + where;
        }
    }

    /**
     * The K error for any throwable that escaped evaluation: a K error as it is, a deep recursion
     * as stack, a Java heap exhausted as wsfull, anything else as an internal error.
     */
    public static KError of(Throwable t) {
        return switch (t) {
            case KError k -> k;
            case StackOverflowError s -> new Stack();
            case OutOfMemoryError o -> new WsFull();
            default -> new Internal(t);
        };
    }

    /** Ctrl-C: evaluation interrupted by the user. */
    public static final class Interrupt extends KError { public Interrupt() { super("interrupt"); } }

    public static KError type() { return new Type(); }
    public static KError length() { return new Length(); }
    public static KError rank() { return new Rank(); }
    public static KError index() { return new Index(); }
    public static KError domain() { return new Domain(); }
    public static KError valence() { return new Valence(); }
    public static KError nonce() { return new Nonce(); }
    public static KError parse() { return new Parse(); }
    public static KError syntax() { return new Syntax(); }
    public static KError value() { return new Value(); }
    public static KError intError() { return new Int(); }
    public static KError limit() { return new Limit(); }
}

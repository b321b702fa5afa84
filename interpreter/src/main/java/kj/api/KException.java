package kj.api;

import kj.error.KError;
import kj.error.Where;

/**
 * A K error raised while kj evaluated something for the embedding program: {@link #name()} is
 * the name K gives it ({@code "type"}, {@code "length"}, {@code "value"}, a signal's own text
 * ...), the message is the first line the REPL prints ({@code "type error"}), and
 * {@link #sourceLine()} and {@link #column()} say where it happened. Unchecked, because K
 * raises errors from any expression, as Java raises {@link ArithmeticException}.
 */
public final class KException extends RuntimeException {
    private final String name;
    private final String detail;
    private final Where where;
    private final String display;

    KException(KError e) {
        super(e.name() + " error" + (e.detail().isEmpty() ? "" : ": " + e.detail()), e);
        this.name = e.name();
        this.detail = e.detail();
        this.where = e.where();
        this.display = e.display(true);
    }

    /** The K name of the error, as Kona prints it before " error". */
    public String name() { return name; }

    /** What the error is about (the undefined name of a value error), or "". */
    public String detail() { return detail; }

    /**
     * The line of source the error happened in (the text evaluated, or the text of the lambda
     * that failed), or null when it is not known (text run by {@code .} shows none, as in Kona).
     */
    public String sourceLine() { return where == null ? null : where.text(); }

    /** The column in {@link #sourceLine()} of the primitive that failed, or -1. */
    public int column() { return where == null ? -1 : where.column(); }

    /** The error as the REPL prints it under \e 1: the name, then the line and a caret under the primitive. */
    public String display() { return display; }
}

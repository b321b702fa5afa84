package kj.api;

import kj.error.KError;

/**
 * A K error raised while kj evaluated something for the embedding program: {@link #name()} is
 * the name K gives it ({@code "type"}, {@code "length"}, {@code "value"}, a signal's own text
 * ...), the message is what the REPL would print ({@code "type error"}). Unchecked, because K
 * raises errors from any expression, as Java raises {@link ArithmeticException}.
 */
public final class KException extends RuntimeException {
    private final String name;
    private final String detail;

    KException(KError e) {
        super(e.name() + " error" + (e.detail().isEmpty() ? "" : ": " + e.detail()), e);
        this.name = e.name();
        this.detail = e.detail();
    }

    /** The K name of the error, as Kona prints it before " error". */
    public String name() { return name; }

    /** What the error is about (the undefined name of a value error), or "". */
    public String detail() { return detail; }
}

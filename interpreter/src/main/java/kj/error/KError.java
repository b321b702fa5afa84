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

    protected KError(String name) {
        super(name, null, false, false);
        this.name = name;
    }

    /** The K name of the error, as Kona prints it ("type", "length", ...). */
    public String name() { return name; }

    /** What the error is about (the undefined name of a value error), or "". */
    public String detail() { return detail; }

    /** Where the error happened, or null (not located, or raised where Kona shows no line). */
    public Where where() { return where; }

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
     * The error as Kona prints it: {@code name error}, then for a value error the undefined name
     * and a caret, else (when {@code showWhere}, as under {@code \e 1}) the line and a caret.
     */
    public String display(boolean showWhere) {
        StringBuilder b = new StringBuilder(name).append(" error");
        if (!detail.isEmpty()) b.append('\n').append(detail).append("\n^");
        else if (showWhere && where != null) b.append('\n').append(where.show());
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
    public static final class Value extends KError { public Value() { super("value"); } }
    public static final class WsFull extends KError { public WsFull() { super("wsfull"); } }
    public static final class Stack extends KError { public Stack() { super("stack"); } }
    public static final class Limit extends KError { public Limit() { super("limit"); } }
    public static final class Int extends KError { public Int() { super("int"); } }
    public static final class Reserved extends KError { public Reserved() { super("reserved"); } }
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
    public static KError value() { return new Value(); }
    public static KError intError() { return new Int(); }
    public static KError limit() { return new Limit(); }
}

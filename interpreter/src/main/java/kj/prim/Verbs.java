package kj.prim;

import static kj.prim.Atomic.Mono.*;
import static kj.prim.Atomic.Op.*;
import static kj.prim.Primitive.EmptyOver.*;

import kj.io.Io;
import java.util.function.LongBinaryOperator;
import kj.shape.Find;
import kj.shape.Rotate;

/**
 * The primitive table: one row per glyph, in the order the parser numbers them. Adding or
 * changing a primitive is a one-row edit here (and its verb class).
 */
public final class Verbs {
    private static final Primitive[] TABLE = {
        //   text  verb              args atomic  monad       fold          deltas emptyOver eachRight eachLeft
        row("+",  new Plus(),        2,   PLUS,   null,       Fold.SUM,     false, LENGTH,   null,       null),
        row("-",  new Minus(),       2,   MINUS,  NEGATE,     null,         true,  LENGTH,   null,       null),
        row("*",  new Times(),       2,   TIMES,  null,       Fold.PRODUCT, false, LENGTH,   null,       null),
        row("%",  new Divide(),      2,   DIVIDE, RECIPROCAL, null,         false, LENGTH,   null,       null),
        row("|",  new MaxOr(),       2,   MAX,    null,       Fold.MAX,     false, LENGTH,   null,       null),
        row("&",  new MinAnd(),      2,   MIN,    null,       Fold.MIN,     false, LENGTH,   null,       null),
        row("^",  new Power(),       2,   POWER,  null,       null,         false, LENGTH,   null,       null),
        row("!",  new Bang(),        2,   null,   null,       null,         false, LENGTH,   null,       Rotate::rotations),
        row("<",  new Less(),        2,   LESS,   null,       null,         false, LENGTH,   null,       null),
        row(">",  new More(),        2,   MORE,   null,       null,         false, LENGTH,   null,       null),
        row("=",  new Equal(),       2,   EQUAL,  null,       null,         false, ONE,      null,       null),
        row("~",  new Tilde(),       2,   null,   NOT,        null,         false, LENGTH,   null,       null),
        row("@",  new At(),          4,   null,   null,       null,         false, LENGTH,   null,       null),
        row("?",  new Query(),       3,   null,   null,       null,         false, LENGTH,   Find::each, null),
        row("_",  new Underscore(),  2,   null,   FLOOR,      null,         false, LENGTH,   null,       null),
        row(",",  new Comma(),       2,   null,   null,       Fold.JOIN,    false, ITSELF,   null,       null),
        row("#",  new Hash(),        2,   null,   null,       null,         false, LENGTH,   null,       null),
        row("$",  new Dollar(),      2,   null,   null,       null,         false, LENGTH,   null,       null),
        row(".",  new Dot(),         4,   null,   null,       null,         false, LENGTH,   null,       null),
        row(":",  new Colon(),       2,   null,   null,       null,         false, LENGTH,   null,       null),
        io(0), io(1), io(2), io(3), io(4), io(5), io(6),
    };

    /** Rows the language itself refers to (the colon of returns and traps, dot of execute, the idioms the parser spots). */
    public static final int COLON = index(":"), DOT = index("."), AT = index("@"), PLUS_ROW = index("+"), TIMES_ROW = index("*"), BANG = index("!"), TILDE = index("~");
    public static final int MIN_ROW = index("&"), MAX_ROW = index("|"), EQUAL_ROW = index("="), LESS_ROW = index("<"), MORE_ROW = index(">");

    private Verbs() {}

    private static Primitive row(String text, Verb verb, int args, Atomic.Op atomic, Atomic.Mono monad, Fold fold,
                                 boolean deltas, Primitive.EmptyOver empty, LongBinaryOperator eachRight, LongBinaryOperator eachLeft) {
        return new Primitive(text, verb, args, atomic, monad, fold, deltas, empty, eachRight, eachLeft);
    }

    private static Primitive io(int n) { return row(n + ":", new Io(n), 2, null, null, null, false, LENGTH, null, null); }

    public static Primitive row(int index) { return TABLE[index]; }

    public static Verb get(int index) { return TABLE[index].verb(); }

    /** The printed form: the glyph, or "n:" for IO verbs. */
    public static String text(int index) { return TABLE[index].text(); }

    /** The row written {@code text} ({@code +}, {@code 0:}), or -1. */
    public static int index(String text) {
        for (int i = 0; i < TABLE.length; i++) if (TABLE[i].text().equals(text)) return i;
        return -1;
    }
}

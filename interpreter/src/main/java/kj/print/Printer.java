package kj.print;

import static kj.value.K.*;

import kj.adverb.Adverb;
import kj.kernel.CFormat;
import kj.parse.Code;
import kj.prim.Verbs;
import kj.sys.SysFns;
import kj.value.Dict;
import kj.value.Fn;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * Kona's printed form of a value. A general list holding a vector, a string or a dict prints
 * one item per line, each later line indented by its depth; otherwise items are joined by ;.
 * A one-item list prints with a leading comma. Values print whole, however long or deep, as
 * Kona prints them (the REPL's \c may cut what a terminal shows).
 */
public final class Printer {
    private final StringBuilder out = new StringBuilder();
    private final int precision;

    /** Whether a verb in a monadic place of a train shows its colon (+:*); $ leaves it out. */
    private final boolean monadColons;

    private Printer(int precision, boolean monadColons) {
        this.precision = precision;
        this.monadColons = monadColons;
    }

    /** The value as the REPL shows it, without the final newline ("" for nil). */
    public static String show(long x, int precision) { return text(x, precision); }

    /** The whole printed form (5:). */
    public static String text(long x, int precision) {
        Printer p = new Printer(precision, true);
        p.print(x, 0, false, 0, false);
        return p.out.toString();
    }

    /** A function's text as $ gives it: Kona writes a train's verbs bare ($(+*) is "+*"). */
    public static String format(long f, int precision) {
        Printer p = new Printer(precision, false);
        p.print(f, 0, false, 0, false);
        return p.out.toString();
    }

    /** The output's length when Ctrl-C was last looked for. */
    private int polledAt;

    /** Looks for Ctrl-C once per 64K characters written: printing 10^6 items stops when asked. */
    private void poll() {
        if (out.length() - polledAt > 1 << 16) {
            polledAt = out.length();
            kj.value.Context.poll();
        }
    }

    private void print(long a, int d, boolean indent, int verbDepth, boolean brackets) {
        poll();
        if (indent) out.append(" ".repeat(d));
        int t = type(a);
        if (t == DICT) {
            out.append(n(a) == 1 ? ".," : ".");
            long entries = dictAsList(a);
            try {
                printList(entries, d + 1, brackets);
            } finally {
                cd(entries);
            }
            return;
        }
        if (t <= 0 && n(a) == 1 || t == HASH && n(getL(a, 0)) == 1) out.append(','); // a hash table shows nothing else, as in Kona
        switch (t) {
            case LIST -> printList(a, d, brackets);
            case INT, INTV -> ints(a);
            case FLOAT, FLOATV -> floats(a);
            case CHAR, CHARV -> chars(a);
            case SYM, SYMV -> syms(a);
            case FUNC -> function(a, d, verbDepth);
            default -> { }
        }
    }

    private void printList(long a, int d, boolean brackets) {
        long n = n(a);
        boolean lines = false;
        if (!brackets) {
            for (long i = 0; i < n && !lines; i++) {
                long s = getL(a, i);
                if (s == 0) continue;
                int st = type(s);
                lines = (st <= 0 && (n(s) > 0 || st == CHARV)) || st == DICT;
            }
        }
        boolean enclose = n != 1;
        if (enclose) out.append(brackets ? '[' : '(');
        for (long i = 0; i < n; i++) {
            long s = getL(a, i);
            if (s != 0) print(s, d + 1, lines && i > 0, 0, false);
            if (i < n - 1) out.append(lines ? "\n" : ";");
        }
        if (enclose) out.append(brackets ? ']' : ')');
    }

    /** A dict prints as the list of its (key;value;attributes) entries. */
    private static long dictAsList(long d) {
        return ListBuilder.map(n(d), i -> Dict.entry(d, i));
    }

    private void ints(long a) {
        boolean atom = type(a) > 0;
        long n = atom ? 1 : n(a);
        if (n == 0) out.append("!0");
        for (long i = 0; i < n; i++) {
            long v = atom ? iv(a) : getI(a, i);
            out.append(v == NI ? "0N" : v == PI ? "0I" : v == MI ? "-0I" : Long.toString(v));
            if (i < n - 1) out.append(' ');
            poll();
        }
    }

    private void floats(long a) {
        boolean atom = type(a) > 0;
        long n = atom ? 1 : n(a);
        if (n == 0) out.append("0#0.0");
        for (long i = 0; i < n; i++) {
            double v = atom ? fv(a) : getF(a, i);
            String s = CFormat.kFloat(v, precision);
            out.append(s);
            if (i < n - 1) out.append(' ');
            else if (needsPoint(s)) out.append(".0");
            poll();
        }
    }

    public static boolean needsPoint(String s) {
        if (s.equals("0n") || s.equals("0i") || s.equals("-0i")) return false;
        return s.indexOf('.') < 0 && s.indexOf('e') < 0;
    }

    private void chars(long a) {
        boolean atom = type(a) > 0;
        long n = atom ? 1 : n(a);
        out.append('"');
        for (long i = 0; i < n; i++) {
            int c = atom ? cv(a) : getC(a, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 32 && c < 127) out.append((char) c);
                    else out.append(String.format("\\%03o", c));
                }
            }
        }
        out.append('"');
    }

    private void syms(long a) {
        boolean atom = type(a) > 0;
        long n = atom ? 1 : n(a);
        if (n == 0) out.append("0#`");
        for (long i = 0; i < n; i++) {
            out.append(symbol(atom ? sv(a) : getS(a, i)));
            if (i < n - 1) out.append(' ');
            poll();
        }
    }

    /** `name, or `"text" when the name would not read back as a symbol. */
    public static String symbol(int id) {
        String s = Sym.name(id);
        if (simple(s)) return "`" + s;
        StringBuilder b = new StringBuilder("`\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.append('"').toString();
    }

    private static boolean simple(String s) {
        int n = s.length();
        if (n > 0 && Character.isDigit(s.charAt(0))) return false;
        if (s.equals(".")) return false;
        if (n > 1 && s.endsWith("..")) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '.') return false;
            if (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) return false;
        }
        return !s.contains("...");
    }

    /** A train prints its items in order; a verb standing monadically inside it gets its colon. */
    private void train(long f, int d, int verbDepth) {
        long n = n(f);
        for (long i = 0; i < n; i++) {
            long item = Fn.trainItem(f, i);
            print(item, d + 1, false, verbDepth + 1, false);
            boolean monadicPlace = i < n - 1 && (i == 0 || Fn.trainVerb(f, i - 1));
            if (monadColons && Fn.trainVerb(f, i) && monadicPlace && subKind(item) == Fn.VERB && !Fn.verbMonadic(item))
                out.append(':');
        }
    }

    private void function(long f, int d, int verbDepth) {
        switch (subKind(f)) {
            case Fn.VERB -> {
                out.append(Verbs.text(Fn.verbIndex(f)));
                if (Fn.verbMonadic(f)) out.append(':');
            }
            case Fn.DERIVED -> {
                long inner = Fn.inner(f);
                int sk = subKind(inner);
                boolean wrap = type(inner) == FUNC && (sk == Fn.PROJ || sk == Fn.TRAIN || sk == Fn.LAMBDA
                        || sk == Fn.VERB && !Fn.rawVerb(f));
                if (wrap) out.append('(');
                print(inner, d + 1, false, verbDepth + 1, false);
                if (wrap) out.append(')');
                out.append(Adverb.of(Fn.adverb(f)).text);
            }
            case Fn.LAMBDA -> out.append(Code.get(Fn.codeId(f)).source);
            case Fn.SYSFN -> out.append(SysFns.get(Fn.sysId(f)).name());
            case Fn.PROJ -> {
                print(Fn.projFn(f), d + 1, false, verbDepth + 1, false);
                out.append('[');
                for (long i = 0, n = n(f); i < n; i++) {
                    long a = Fn.projArg(f, i);
                    if (a != 0) print(a, d + 2, false, 0, false);
                    if (i < n - 1) out.append(';');
                }
                out.append(']');
            }
            case Fn.TRAIN -> train(f, d, verbDepth);
            default -> { }
        }
    }
}

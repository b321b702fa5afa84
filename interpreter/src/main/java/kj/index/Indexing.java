package kj.index;

import static kj.value.K.*;

import kj.prim.Verbs;
import kj.error.KError;
import kj.value.Context;
import kj.value.Fn;
import kj.value.Lists;

/** @ and . in all their forms: index, apply, amend, value/execute, error traps; and : (colon). */
public final class Indexing {

    private Indexing() {}

    /** x@y: y indexes x's top level; a function is applied to y; a symbol stands for its global. */
    public static long at(long x, long y) {
        int t = type(x);
        if (t == FUNC) return Context.current().apply(x, y);
        if (t == SYM) x = Handles.value(x);
        return Index.at(x, y);
    }

    /** @[x;i;f] and @[x;i;f;y]: amend at the top level; also the error trap @[f;x;:]. */
    public static long atN(long[] args) {
        if (args.length > 4) throw KError.valence();
        if (args.length == 3 && isColonDyadic(args[2])) return Trap.run(args[0], args[1], false);
        long path = type(args[2]) == FUNC && !isColonDyadic(args[2]) ? Lists.of(new long[] {ci(args[1])}) : 0;
        try {
            return amend(args[0], new long[] {args[1]}, args[2], args.length > 3 ? args[3] : 0, path);
        } finally {
            if (path != 0) cd(path);
        }
    }

    public static long dotMonad(long x) { return DotMonad.value(x); }

    /** x . y: y is a path of indexes into x, one per level; a function takes y's items as arguments. */
    public static long dotDyad(long x, long y) {
        int t = type(x);
        if (t == FUNC) return applyList(x, y);
        int yt = type(y);
        if (yt == LIST && n(y) == 0) return ci(x);
        if (t == SYM) x = Handles.value(x);
        if (type(x) == NIL) return ofNil(y);
        if (type(x) >= INT && type(x) <= SYM) throw KError.rank();
        if (yt < 0 && n(y) == 0 && yt != CHARV) return ci(x);
        if (yt == LIST) {
            long[] p = new long[(int) n(y)];
            for (int i = 0; i < p.length; i++) p[i] = getL(y, i);
            return Index.path(x, p, 0);
        }
        if (yt == INTV || yt == SYMV) {
            long[] p = atoms(y);
            try {
                return Index.path(x, p, 0);
            } finally {
                Index.release(p);
            }
        }
        return Index.at(x, y);
    }

    /** _n . y, as Kona answers it: an int comes back, symbols find nil, a list its item(s). */
    private static long ofNil(long y) {
        int t = type(y);
        long n = n(y);
        if (t == INT) return ci(y);
        if (t == SYM || t == SYMV || (t == INTV || t == FLOATV) && n == 0) return nil();
        if (t == LIST) return n == 1 ? ci(getL(y, 0)) : Lists.collapse(ci(y));
        if (t == NIL || t == CHARV && n == 0) return newList(0);
        throw KError.type();
    }

    /** .[x;path;f] and .[x;path;f;y]: amend at depth; also the error trap .[f;x;:]. */
    public static long dotN(long[] args) {
        if (args.length > 4) throw KError.valence();
        if (args.length == 3 && isColonDyadic(args[2])) return Trap.run(args[0], args[1], true);
        long[] p = pathOf(args[1]);
        try {
            return amend(args[0], p, args[2], args.length > 3 ? args[3] : 0, args[1]);
        } finally {
            Index.release(p);
        }
    }

    public static long colonMonad(long x) { return ci(x); }

    public static long colonDyad(long x, long y) { return ci(y); }

    /** True for the dyadic verb : (as in @[f;x;:] or .[x;i;:;y]). */
    public static boolean isColonDyadic(long f) {
        return type(f) == FUNC && subKind(f) == Fn.VERB && Fn.verbIndex(f) == Verbs.COLON && !Fn.verbMonadic(f);
    }

    /**
     * A value amended by the verbs: a symbol amends the global it names, other values are copied.
     * While a function f runs on the items, _i is the index as . takes it ({@code index}; @
     * gives ,i) and _v the value amended, as Kona sets them.
     */
    private static long amend(long x, long[] p, long f, long y, long index) {
        if (type(x) == SYM) return Handles.amend(x, p, f, y);
        int t = type(x);
        // .[1;,"a";:;2] or @[{x};1.5;-:]: a one-step path that is no index is a type error before
        // the atom's rank error, as Kona (a["a"]:2 and longer paths keep the rank error)
        if (p.length == 1 && p[0] != 0 && (type(p[0]) == CHAR || type(p[0]) == FLOAT)
                && (t == FUNC || t == HASH || t >= INT && t <= SYM)) throw KError.type();
        // @[1 2 3;"";:;5], @[x;0#0.0;f]: an empty index that is no int index of a list or dict is Kona's int error
        int it = p.length == 1 && p[0] != 0 ? type(p[0]) : 0;
        if ((t <= 0 || t == DICT) && (it == CHARV || it == FLOATV || it == SYMV) && n(p[0]) == 0) throw KError.intError();
        if (type(f) != FUNC || isColonDyadic(f) || index == 0) return Amend.amend(x, false, p, f, y);
        kj.value.Settings s = kj.value.Context.current().settings();
        long oldIndex = s.amendIndex, oldValue = s.amendValue;
        s.amendIndex = index;
        s.amendValue = x;
        try {
            return Amend.amend(x, false, p, f, y);
        } finally {
            s.amendIndex = oldIndex;
            s.amendValue = oldValue;
        }
    }

    /** f . y: y's items are the arguments (an atom is the one argument; () calls f[]). */
    static long applyList(long f, long y) {
        int t = type(y);
        if (t > 0) return Context.current().apply(f, y);
        if (n(y) == 0) return Context.current().apply(f, nilValue());
        if (t == LIST) {
            long[] args = new long[(int) n(y)];
            for (int i = 0; i < args.length; i++) args[i] = getL(y, i);
            return Context.current().apply(f, args);
        }
        // a string with more chars than f takes arguments is one argument: {. x} . "2+2" (Kona)
        if (t == CHARV && Context.current().valence(f) < n(y)) return Context.current().apply(f, y);
        long[] args = atoms(y);
        try {
            return Context.current().apply(f, args);
        } finally {
            Index.release(args);
        }
    }

    /** The levels of an amend path, owned: a list's items, a vector's atoms, or one index. */
    private static long[] pathOf(long i) {
        int t = type(i);
        if (t == LIST) {
            long[] p = new long[(int) n(i)];
            for (int j = 0; j < p.length; j++) p[j] = ci(getL(i, j));
            return p;
        }
        if (t < 0) {
            if (n(i) == 0) return new long[0];
            if (t == INTV || t == SYMV) return atoms(i);
            throw KError.type();
        }
        if (t == INT || t == SYM || t == NIL) return new long[] {ci(i)};
        throw KError.type();
    }

    /** The items of a vector as atoms (owned). */
    private static long[] atoms(long v) {
        long[] out = new long[(int) n(v)];
        try {
            for (int i = 0; i < out.length; i++) out[i] = Lists.item(v, i);
        } catch (Throwable e) {
            Index.release(out); // a full workspace half-way (the fuzzer found it: d . !1000000 under a cap)
            throw e;
        }
        return out;
    }
}

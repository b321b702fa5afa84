package kj.index;

import static kj.value.K.*;

import kj.error.KError;
import kj.kernel.Scatter;
import kj.shape.Build;
import kj.value.Context;
import kj.kpool.Mem;
import kj.value.Dict;
import kj.value.Lists;
import kj.value.ListBuilder;

/**
 * Amend at depth: .[x;path;f;y], @[x;i;f;y] and the assignments a[i]:y, a[i]+:y. At each level
 * the index picks positions (as in {@link Index}); y is spread over them when the index is not
 * an atom; below the last level the item becomes f[item;y] (f[item] without y, y itself when f
 * is 0 or :). Positions are amended in order, so a repeated index sees the earlier change.
 *
 * <p>In place: a container may be changed where it lies only when it is reached through
 * containers the amendment alone holds and its own count is 1. Otherwise it is copied (one
 * level, items shared) before the change. A vector given an item of another type becomes a
 * general list; a general list whose items end up atoms of one type becomes a vector.
 */
public final class Amend {
    private Amend() {}

    /**
     * x amended at path (0 = elided) by f (0 = plain assignment) with y. All arguments are
     * borrowed. When x has one reference only (the variable being assigned) it may be changed in
     * place, and then the result is x with one more reference.
     */
    public static long dot(long x, long[] path, long f, long y) { return amend(x, isUnique(x), path, f, y); }

    /**
     * Whether amending x in place at this path is all-or-nothing: one position (a path of atoms)
     * (any error comes before the one write), or a plain store of same-typed items at a checked
     * int vector index. Otherwise a global is amended on a copy, so an error half-way leaves it
     * as it was (Kona leaves it half-changed).
     */
    public static boolean atomicInPlace(long x, long[] path, long f, long y) {
        if (path.length == 0) return false;
        boolean atoms = true; // a path of atoms changes one item at one depth: nothing is left half-done
        for (long p : path) {
            if (p == 0) return false;
            atoms &= type(p) == INT || type(p) == SYM;
        }
        if (atoms) return true;
        if (path.length != 1) return false;
        int it = type(path[0]);
        int t = type(x);
        return it == INTV && t < 0 && y != 0 && (f == 0 || Indexing.isColonDyadic(f))
                && (type(y) == t || type(y) == -t);
    }

    /**
     * x[i;j...]:y checks its first index against a vector x, then the kinds of the indices below,
     * before the path's depth, as Kona's indexed assignment does: x:1 2; x[5;0]:9 is an index
     * error, x[0;"a"]:9 a type error, x[0;0]:9 a rank error (.[x;5 0;:;9] is a rank error).
     */
    public static void checkFirstIndex(long x, long[] path) {
        if (path.length == 0 || x == 0 || path[0] == 0) return;
        // d[!0]:1 on a dict: ints index no dict, even none (@[d;!0;:;1] changes nothing); with
        // more indices below, d[0 1;0]:1, Kona's rank error (an int atom, d[0;0]:1, is the type error)
        if (type(x) == DICT && type(path[0]) == INTV) throw path.length > 1 ? KError.rank() : KError.type();
        // d[""]:1 and d[0#`]:1 are Kona's int error (a list gives the type error: x[""]:1)
        if (type(x) == DICT && (type(path[0]) == CHARV || type(path[0]) == SYMV) && n(path[0]) == 0) throw KError.intError();
        if (path.length < 2 || type(x) >= 0) return;
        long i = path[0];
        if (type(i) == INT && (iv(i) < 0 || iv(i) >= n(x))) throw KError.index();
        if (type(i) == INTV) Index.checkBounds(i, n(x));
        if (type(x) == LIST) return; // a general list's items may be deeper: the amend decides
        for (int k = 1; k < path.length; k++) {
            int t = path[k] == 0 ? NIL : type(path[k]);
            if (t == CHAR || t == CHARV || t == FLOAT || t == FLOATV || t == SYM || t == SYMV) throw KError.type();
        }
    }

    /** As {@link #dot}; {@code mine} says whether x may be changed in place. */
    public static long amend(long x, boolean mine, long[] path, long f, long y) { return upd(x, mine, path, 0, f, y, false); }

    /**
     * As {@link #amend}, for the bracket assignment x[i;j...]:y, which Kona checks once more: an
     * atom reached in a list or dict with one index still to go is a type error (x:(1;2.5);
     * x[0;0]:5), where .[x;0 0;:;5] gives the atom's rank error.
     */
    public static long assign(long x, boolean mine, long[] path, long f, long y) { return upd(x, mine, path, 0, f, y, true); }

    /** An owned result: x plus a reference when changed in place, else a new value. */
    private static long upd(long x, boolean mine, long[] p, int k, long f, long y, boolean bracket) {
        if (k == p.length) return leaf(x, f, y);
        int t = type(x);
        if (t == FUNC || t == HASH || t >= INT && t <= SYM) throw KError.rank();
        // Changed in place or copied, x is held here until the end: a function called on the
        // way may reassign the variable that held it.
        long c = mine && isUnique(x) || t == NIL ? ci(x) : copy(x);
        try {
            return change(c, p, k, f, y, bracket);
        } finally {
            cd(c);
        }
    }

    private static long leaf(long item, long f, long y) {
        if (f == 0 || Indexing.isColonDyadic(f)) return y == 0 ? nil() : ci(y);
        return y == 0 ? Context.current().apply(f, item) : Context.current().apply(f, item, y);
    }

    /** Changes x, which this amendment alone holds; returns x plus a reference, or a new cell. */
    private static long change(long x, long[] p, int k, long f, long y, boolean bracket) {
        Level l = new Level(x, bracket);
        try {
            l.index(p[k], p, k, f, y);
            l.collapse();
            return l.result();
        } catch (Throwable e) {
            l.abandon();
            throw e;
        }
    }

    /** One level of an amendment: the container being changed, which may be replaced by a new cell. */
    private static final class Level {
        final long orig;
        final boolean bracket;
        long cur;
        boolean listTouched;

        Level(long x, boolean bracket) {
            orig = cur = x;
            this.bracket = bracket;
        }

        void replace(long fresh) {
            if (cur != orig) cd(cur);
            cur = fresh;
        }

        long result() { return cur == orig ? ci(orig) : cur; }

        void abandon() {
            if (cur != orig) cd(cur);
            cur = orig;
        }

        void index(long idx, long[] p, int k, long f, long y) {
            int it = idx == 0 ? NIL : type(idx);
            if (it == INTV && type(cur) == NIL) throw KError.index(); // nil has no items, as Kona (an int atom is a type error)
            if (it == INTV) requireDepth(p, k); // even when empty: .[1 2;(!0;1);:;3] is a rank error
            if (!bracket && (it == CHARV || it == FLOATV || it == SYMV) && n(idx) == 0) {
                // Kona's functional amend: an empty index that is no int index is its int error as
                // the last step (.[x;(0;"");:;5]); above it, it picks nothing, but symbols in a list
                if (k + 1 == p.length || it == SYMV && type(cur) != DICT) throw KError.intError();
                if (it != SYMV) return;
            }
            if ((it == LIST || it == INTV) && n(idx) == 0) return;
            switch (it) {
                case NIL -> {
                    int t = type(cur);
                    if (t == NIL) return;
                    if (t > 0 && t != DICT) throw KError.rank();
                    long n = n(cur);
                    checkLength(y, n);
                    for (long j = 0; j < n; j++) atSpread(j, p, k, f, y, j);
                }
                case INT -> {
                    requireList();
                    requireDepth(p, k);
                    long i = iv(idx);
                    if (i < 0 || i >= n(cur)) throw KError.index();
                    at(i, p, k, f, y);
                }
                case INTV -> {
                    requireList();
                    Index.checkBounds(idx, n(cur));
                    long m = n(idx);
                    checkLength(y, m);
                    if (k + 1 == p.length && storeDirect(idx, f, y)) return;
                    for (long j = 0; j < m; j++) atSpread(getI(idx, j), p, k, f, y, j);
                }
                case SYM -> at(key(sv(idx)), p, k, f, y);
                case SYMV -> {
                    long m = n(idx);
                    requireDict(); // the index's type before the counts, as Kona
                    checkLength(y, m);
                    for (long j = 0; j < m; j++) atSpread(key(getS(idx, j)), p, k, f, y, j);
                }
                case LIST -> {
                    long m = n(idx);
                    for (long j = 0; j < m; j++) {
                        requireKind(getL(idx, j));
                        if (bracket) requireInRange(getL(idx, j)); // x[(0 7;1)]:1 2 3 is an index error before the length, as Kona
                    }
                    checkLength(y, m);
                    for (long j = 0; j < m; j++) {
                        long yj = spread(y, j);
                        try {
                            index(getL(idx, j), p, k, f, yj);
                        } finally {
                            if (yj != 0) cd(yj);
                        }
                    }
                }
                default -> throw KError.type();
            }
        }

        /** Ints index no dict and symbols no list: checked for a list of indices before the counts, as Kona. */
        private void requireKind(long idx) {
            int it = type(idx), t = type(cur);
            boolean none = it <= 0 && n(idx) == 0; // an empty index is no index of either kind
            if (!none && (t == DICT && (it == INT || it == INTV) || t <= 0 && (it == SYM || it == SYMV))) throw KError.type();
        }

        /** Ints of a list of indices within a list or vector's count, checked before the counts (an assignment's order). */
        private void requireInRange(long idx) {
            if (type(cur) > 0) return;
            int it = type(idx);
            if (it == INT && (iv(idx) < 0 || iv(idx) >= n(cur))) throw KError.index();
            if (it == INTV) Index.checkBounds(idx, n(cur));
        }

        private void requireList() {
            if (type(cur) > 0) throw KError.type();
        }

        /** A simple vector has no level below its items: a longer path is a rank error before any index is checked (Kona). */
        private void requireDepth(long[] p, int k) {
            if (type(cur) < 0 && k + 1 < p.length) throw KError.rank();
        }

        private void requireDict() {
            int t = type(cur);
            if (t == NIL) replace(newDict(0, 4));
            else if (t != DICT) throw KError.type();
        }

        /** The entry of a key, added with a nil value when missing. */
        private long key(int sym) {
            requireDict();
            long i = Dict.find(cur, sym);
            if (i >= 0) return i;
            long n = n(cur);
            if (pool().capacity(cur) >= (n + 1) * width(DICT)) {
                Dict.set(cur, n, sym, nil(), 0);
                setN(cur, n + 1);
                return n;
            }
            long d = newDict(n + 1, 2 * n + 4);
            if (cur == orig) {
                for (long j = 0; j < n; j++) {
                    long a = Dict.attr(cur, j);
                    Dict.set(d, j, Dict.key(cur, j), ci(Dict.value(cur, j)), a == 0 ? 0 : ci(a));
                }
            } else {
                Mem.copy(data(cur), data(d), n * width(DICT));
                setN(cur, 0);
            }
            Dict.set(d, n, sym, nil(), 0);
            replace(d);
            return n;
        }

        private void atSpread(long pos, long[] p, int k, long f, long y, long j) {
            long yj = spread(y, j);
            try {
                at(pos, p, k, f, yj);
            } finally {
                if (yj != 0) cd(yj);
            }
        }

        /** Amends the item at pos (a list or vector position, or a dict entry) with y (borrowed). */
        private void at(long pos, long[] p, int k, long f, long y) {
            int t = type(cur);
            boolean last = k + 1 == p.length;
            if (t < 0 && last && y != 0 && type(y) == -t && (f == 0 || Indexing.isColonDyadic(f))) {
                storeAtom(cur, pos, y);
                return;
            }
            long r;
            if (t == LIST || t == DICT) {
                long item = t == LIST ? getL(cur, pos) : Dict.value(cur, pos);
                if (bracket && k + 2 == p.length && type(item) >= INT && type(item) <= SYM) throw KError.type();
                r = last ? leaf(item, f, y) : upd(item, true, p, k + 1, f, y, bracket);
            } else {
                long item = Lists.item(cur, pos);
                try {
                    r = last ? leaf(item, f, y) : upd(item, false, p, k + 1, f, y, bracket);
                } finally {
                    cd(item);
                }
            }
            put(pos, r);
        }

        /** Stores r (owned) at pos; a vector that cannot hold it becomes a general list. */
        private void put(long pos, long r) {
            int t = type(cur);
            if (t == DICT) {
                Dict.replaceValue(cur, pos, r);
                return;
            }
            if (t < 0 && type(r) == -t) {
                storeAtom(cur, pos, r);
                cd(r);
                return;
            }
            if (t < 0) {
                try {
                    replace(toList(cur));
                } catch (Throwable e) {
                    cd(r);
                    throw e;
                }
            }
            long old = getL(cur, pos);
            setL(cur, pos, r);
            cd(old);
            listTouched = true;
        }

        /** x[idx]:y for a vector x and a vector or atom y of its type: no atoms made. */
        private boolean storeDirect(long idx, long f, long y) {
            int t = type(cur);
            if (t >= 0 || y == 0 || !(f == 0 || Indexing.isColonDyadic(f))) return false;
            int yt = type(y);
            if (yt != t && yt != -t) return false;
            Scatter.put(data(cur), width(t), data(idx), n(idx), data(y), yt < 0); // indices checked by the caller
            return true;
        }

        /** A general list whose items are now atoms of one type becomes a vector. */
        void collapse() {
            if (!listTouched || type(cur) != LIST) return;
            long v = Build.vectorOfAtoms(cur);
            if (v != 0) replace(v);
        }
    }

    private static void checkLength(long y, long n) {
        if (y != 0 && type(y) <= 0 && n(y) != n) throw KError.length();
    }

    /** The part of y for the j-th position: y itself when it is an atom (owned; 0 when absent). */
    private static long spread(long y, long j) {
        if (y == 0) return 0;
        return type(y) > 0 ? ci(y) : Lists.item(y, j);
    }

    /** Writes the atom a into the vector v (of a's type) at i. */
    private static void storeAtom(long v, long i, long a) {
        switch (type(v)) {
            case INTV -> setI(v, i, iv(a));
            case FLOATV -> setF(v, i, fv(a));
            case CHARV -> setC(v, i, cv(a));
            default -> setS(v, i, sv(a));
        }
    }

    private static long newDict(long n, long room) {
        return alloc(Math.max(n, room) * width(DICT), DICT, n);
    }

    /** A vector as a general list of its atoms. */
    private static long toList(long v) {
        return ListBuilder.map(n(v), j -> Lists.item(v, j));
    }

    /** A one-level copy: a new cell sharing x's items. */
    private static long copy(long x) {
        int t = type(x);
        long n = n(x);
        if (t == DICT) return Dict.copy(x);
        if (t == LIST) {
            long c = newList(n);
            for (long j = 0; j < n; j++) setL(c, j, ci(getL(x, j)));
            return c;
        }
        long c = newVec(t, n);
        Mem.copy(data(x), data(c), n * width(t));
        return c;
    }
}

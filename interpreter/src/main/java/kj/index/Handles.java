package kj.index;

import static kj.value.K.*;

import java.util.Arrays;
import kj.error.KError;
import kj.value.Context;
import kj.value.Dict;
import kj.value.Sym;
import kj.value.Tree;

/**
 * A symbol used as a handle on a global: `a (in the current directory), `d.e (a path from it),
 * `.k.a (absolute), and ` (the K-tree's root).
 */
final class Handles {
    private Handles() {}

    /**
     * The value the symbol names, borrowed; nil when it names nothing. An empty part of the name
     * (`a. or `a..b) steps into the attributes of the entry before it.
     */
    static long value(long s) {
        Tree t = Context.current().tree();
        String name = Sym.name(sv(s));
        if (name.isEmpty() || name.equals(".")) return t.root();
        boolean absolute = name.charAt(0) == '.';
        long cur = absolute ? t.root() : t.getPath(t.dir());
        long owner = 0, entry = -1;
        for (String part : (absolute ? name.substring(1) : name).split("\\.", -1)) {
            if (part.isEmpty()) {
                long a = entry < 0 ? 0 : Dict.attr(owner, entry);
                if (a == 0) return nilValue();
                cur = a;
                entry = -1;
                continue;
            }
            if (!validPart(part)) throw KError.domain();
            if (cur == 0 || type(cur) != DICT) return nilValue();
            entry = Dict.find(cur, Sym.intern(part));
            if (entry < 0) return nilValue();
            owner = cur;
            cur = Dict.value(cur, entry);
        }
        return cur;
    }

    /**
     * Amends the global the symbol names (creating it when absent) and returns the symbol. The
     * value is changed in place when nothing but the K-tree holds it.
     */
    static long amend(long s, long[] path, long f, long y) {
        Tree t = Context.current().tree();
        int[] tp = path(t, Sym.name(sv(s)));
        if (tp.length == 0) throw KError.of("reserved");
        long v = t.getPath(tp);
        boolean mine = v != 0 && t.exclusive(tp) && isUnique(v) && Amend.atomicInPlace(v, path, f, y);
        long r = Amend.amend(v == 0 ? nilValue() : v, mine, path, f, y);
        t.setPath(tp, r);
        return ci(s);
    }

    /**
     * d["text"]: evaluates text with the dict d as the current directory; d must be a directory
     * of the K-tree (found by identity), else it is a type error.
     */
    static long executeIn(long d, String text) {
        Context in = Context.current();
        Tree t = in.tree();
        int[] where = find(t.root(), d, new int[0]);
        if (where == null) throw KError.type();
        int[] saved = t.dir();
        t.setDir(where);
        try {
            return in.execute(text);
        } finally {
            t.setDir(saved);
        }
    }

    /** The path of the dict d below the dict at, or null. */
    private static int[] find(long at, long d, int[] path) {
        for (long i = 0, n = n(at); i < n; i++) {
            long v = Dict.value(at, i);
            if (type(v) != DICT) continue;
            int[] p = Arrays.copyOf(path, path.length + 1);
            p[path.length] = Dict.key(at, i);
            if (v == d) return p;
            int[] below = find(v, d, p);
            if (below != null) return below;
        }
        return null;
    }

    /** The symbols of the K-tree path a name stands for; a malformed name is a domain error. */
    static int[] path(Tree t, String name) {
        if (name.isEmpty() || name.equals(".")) return new int[0];
        boolean absolute = name.charAt(0) == '.';
        int[] dir = absolute ? new int[0] : t.dir();
        if (!absolute && name.indexOf('.') < 0) {
            if (!validPart(name)) throw KError.domain();
            int[] p = Arrays.copyOf(dir, dir.length + 1);
            p[dir.length] = Sym.intern(name);
            return p;
        }
        String[] parts = (absolute ? name.substring(1) : name).split("\\.", -1);
        int[] p = Arrays.copyOf(dir, dir.length + parts.length);
        for (int i = 0; i < parts.length; i++) {
            if (!validPart(parts[i])) throw KError.domain();
            p[dir.length + i] = Sym.intern(parts[i]);
        }
        return p;
    }

    private static boolean validPart(String p) {
        if (p.isEmpty() || !Character.isLetter(p.charAt(0)) || p.charAt(0) > 127) return false;
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c > 127 || !(Character.isLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }
}

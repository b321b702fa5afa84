package kj.verb;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.List;
import kj.error.KError;
import kj.eval.Interp;
import kj.eval.Tree;
import kj.value.Dict;
import kj.value.Sym;

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
        Tree t = Interp.current().tree();
        String name = Sym.name(sv(s));
        if (name.isEmpty() || name.equals(".")) return t.root();
        boolean absolute = name.charAt(0) == '.';
        long cur = absolute ? t.root() : t.getPath(t.dir());
        long owner = 0, entry = -1;
        for (String part : (absolute ? name.substring(1) : name).split("\\.", -1)) {
            if (part.isEmpty()) {
                long a = entry < 0 ? 0 : Dict.attr(owner, entry);
                if (a == 0) return NIL_VALUE;
                cur = a;
                entry = -1;
                continue;
            }
            if (!validPart(part)) throw KError.domain();
            if (cur == 0 || type(cur) != DICT) return NIL_VALUE;
            entry = Dict.find(cur, Sym.intern(part));
            if (entry < 0) return NIL_VALUE;
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
        Tree t = Interp.current().tree();
        int[] tp = path(t, Sym.name(sv(s)));
        if (tp.length == 0) throw KError.of("reserved");
        long v = t.getPath(tp);
        boolean mine = v != 0 && exclusive(t, tp) && isUnique(v);
        long r = Amend.amend(v == 0 ? NIL_VALUE : v, mine, path, f, y);
        t.setPath(tp, r);
        return ci(s);
    }

    /** True when every directory above the name is held by the K-tree alone. */
    private static boolean exclusive(Tree t, int[] tp) {
        long d = t.root();
        if (!isUnique(d)) return false;
        for (int i = 0; i < tp.length - 1; i++) {
            d = Dict.get(d, tp[i]);
            if (d == 0 || type(d) != DICT || !isUnique(d)) return false;
        }
        return true;
    }

    /** The symbols of the K-tree path a name stands for; a malformed name is a domain error. */
    static int[] path(Tree t, String name) {
        if (name.isEmpty() || name.equals(".")) return new int[0];
        boolean absolute = name.charAt(0) == '.';
        String[] parts = (absolute ? name.substring(1) : name).split("\\.", -1);
        List<Integer> out = new ArrayList<>();
        if (!absolute) for (int d : t.dir()) out.add(d);
        for (String p : parts) {
            if (!validPart(p)) throw KError.domain();
            out.add(Sym.intern(p));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
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

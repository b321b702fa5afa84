package kj.sys;

import static kj.value.K.*;

import kj.prim.Format;
import kj.shape.Gather;
import kj.error.KError;
import kj.value.Context;
import kj.value.Sym;

/**
 * _ss (string search), _ssr (search and replace) and _sm (string match). _ss patterns have the
 * wildcards ? and [..] (with ^ and ranges) and no *; matches do not overlap; a symbol pattern
 * matches whole words only. _sm matches like the shell: * ? [..].
 */
final class StringSearch {
    private StringSearch() {}

    private static boolean textType(int t) { return t == LIST || Math.abs(t) == CHAR || Math.abs(t) == SYM; }

    /** A list for the item-wise rule: a general list or a symbol vector. */
    private static boolean spreads(long x) { return type(x) <= 0 && type(x) != CHARV; }

    private static String text(long x) {
        return switch (type(x)) {
            case SYM -> Sym.name(sv(x));
            case CHAR, CHARV -> str(x);
            default -> throw KError.type();
        };
    }

    /** The text's chars as bytes: a string's payload in one bulk copy, no String on the way. */
    private static byte[] bytes(long x) {
        if (type(x) != CHARV) return text(x).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] b = new byte[Math.toIntExact(n(x))];
        java.lang.foreign.MemorySegment.copy(kj.kpool.Mem.ALL, kj.kpool.Mem.BYTE, data(x), b, 0, b.length);
        return b;
    }

    // ---- _ss ----

    /** One unit of a pattern: the set of chars it matches. */
    private static boolean[][] compile(String p) {
        java.util.List<boolean[]> units = new java.util.ArrayList<>();
        int i = 0, n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            boolean[] set = new boolean[256];
            if (c == '?') {
                java.util.Arrays.fill(set, true);
                i++;
            } else if (c == '[') {
                i = charClass(p, i + 1, set);
            } else {
                set[c & 0xFF] = true;
                i++;
            }
            units.add(set);
        }
        return units.toArray(new boolean[0][]);
    }

    /** Reads a class after '[' into set; returns the index after its ']'. */
    private static int charClass(String p, int i, boolean[] set) {
        int n = p.length();
        boolean negate = i < n && p.charAt(i) == '^';
        if (negate) i++;
        boolean[] in = new boolean[256];
        if (i < n && p.charAt(i) == ']') {
            in[']'] = true;
            i++;
        }
        while (true) {
            if (i >= n) throw KError.domain();
            char c = p.charAt(i++);
            if (c == ']') break;
            if (i + 1 < n && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                char d = p.charAt(i + 1);
                i += 2;
                for (int k = c & 0xFF; k <= (d & 0xFF); k++) in[k] = true;
            } else {
                in[c & 0xFF] = true;
            }
        }
        for (int k = 0; k < 256; k++) set[k] = in[k] != negate;
        return i;
    }

    private static boolean alnum(byte b) { return b >= 0 && Character.isLetterOrDigit(b); }

    /**
     * The start of every match of pattern p in the text, left to right, not overlapping: a tight
     * loop skips to the next byte its first unit takes, and only there are the others tried.
     */
    private static long[] positions(byte[] t, String p, boolean words, int[] unitCount) {
        boolean[][] units = compile(p);
        unitCount[0] = units.length;
        for (boolean[] u : units) {
            boolean any = false;
            for (boolean b : u) any |= b;
            if (!any) return new long[0];
        }
        int n = t.length, m = units.length, last = n - m;
        boolean[] first = units[0];
        long[] found = new long[8];
        int k = 0;
        for (int i = skip(t, first, 0, last); i <= last; i = skip(t, first, i, last)) {
            boolean ok = !words || ((i == 0 || !alnum(t[i - 1])) && (i + m >= n || !alnum(t[i + m])));
            for (int j = 1; ok && j < m; j++) ok = units[j][t[i + j] & 0xFF];
            if (ok) {
                if (k == found.length) found = java.util.Arrays.copyOf(found, k * 2);
                found[k++] = i;
                i += m;
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(found, k);
    }

    /** The first index from i up to last whose byte the unit takes, or last + 1. */
    private static int skip(byte[] t, boolean[] unit, int i, int last) {
        while (i <= last && !unit[t[i] & 0xFF]) i++;
        return i;
    }

    static long ss(long a, long b) {
        int at = type(a), bt = type(b);
        if (!textType(at) || !textType(bt)) throw KError.type();
        if (spreads(a) && spreads(b) && n(a) != n(b)) throw KError.length();
        if (at == CHARV && n(a) == 0) throw KError.length();
        if (spreads(a) || spreads(b)) return Gather.pairs(a, spreads(a), b, spreads(b), StringSearch::ss);
        String p = bt == SYM ? text(b) : Format.cString(b);
        if (p.isEmpty()) throw KError.length();
        long[] pos = positions(bytes(a), p, bt == SYM, new int[1]);
        return ints(pos);
    }

    // ---- _ssr ----

    static long ssr(long x, long y, long z) {
        if (type(x) == NIL) return nil();
        if (type(x) != CHARV && type(x) != CHAR) throw KError.type();
        int yt = type(y);
        if (yt != CHAR && yt != CHARV && yt != SYM) throw KError.type();
        String t = str(x);
        String p = yt == SYM ? text(y) : Format.cString(y);
        if (p.isEmpty()) throw KError.length();
        int[] m = new int[1];
        long[] pos = positions(bytes(x), p, yt == SYM, m);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (long s : pos) {
            out.append(t, at, (int) s);
            String match = t.substring((int) s, (int) s + m[0]);
            out.append(replacement(match, z));
            at = (int) s + m[0];
        }
        out.append(t.substring(at));
        return chars(out.toString());
    }

    private static String replacement(String match, long z) {
        int zt = type(z);
        if (zt == CHAR || zt == CHARV) return str(z);
        if (zt == FUNC) {
            long arg = chars(match);
            try {
                long r = Context.current().apply(z, arg);
                try {
                    if (type(r) != CHAR && type(r) != CHARV) throw KError.type();
                    return str(r);
                } finally {
                    cd(r);
                }
            } finally {
                cd(arg);
            }
        }
        if (zt == SYM) return text(z);
        if (zt == LIST) {
            // a list of strings stands for them joined, as Kona takes ,"at" for "at"
            StringBuilder b = new StringBuilder();
            for (long i = 0, n = n(z); i < n; i++) {
                long item = getL(z, i);
                if (type(item) != CHAR && type(item) != CHARV) throw KError.type();
                b.append(str(item));
            }
            return b.toString();
        }
        throw KError.type();
    }

    // ---- _sm ----

    static long sm(long a, long b) {
        if (!textType(type(a)) || !textType(type(b))) throw KError.type();
        if (spreads(a) || spreads(b)) return Gather.pairs(a, spreads(a), b, spreads(b), StringSearch::sm);
        return ki(glob(text(b), 0, text(a), 0) ? 1 : 0);
    }

    /** Shell-style matching of text s from j against pattern p from i. */
    private static boolean glob(String p, int i, String s, int j) {
        int pn = p.length(), sn = s.length();
        while (i < pn) {
            char c = p.charAt(i);
            if (c == '*') {
                while (i < pn && p.charAt(i) == '*') i++;
                if (i == pn) return true;
                for (int k = j; k <= sn; k++) if (glob(p, i, s, k)) return true;
                return false;
            }
            if (j >= sn) return false;
            if (c == '?') {
                i++;
                j++;
                continue;
            }
            if (c == '[') {
                int close = classEnd(p, i + 1);
                if (close > 0) {
                    boolean[] set = new boolean[256];
                    String cls = p.substring(i + 1, close + 1);
                    if (cls.startsWith("!")) cls = "^" + cls.substring(1);
                    charClass(cls, 0, set);
                    if (!set[s.charAt(j) & 0xFF]) return false;
                    i = close + 1;
                    j++;
                    continue;
                }
            }
            if (c != s.charAt(j)) return false;
            i++;
            j++;
        }
        return j == sn;
    }

    /** The index of the ']' closing a class that opens before i, or -1. */
    private static int classEnd(String p, int i) {
        int n = p.length();
        if (i < n && (p.charAt(i) == '!' || p.charAt(i) == '^')) i++;
        if (i < n && p.charAt(i) == ']') i++;
        while (i < n && p.charAt(i) != ']') i++;
        return i < n ? i : -1;
    }
}

package kj.io;

import static kj.value.K.*;

import kj.prim.Format;
import kj.sys.SysLib;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import kj.error.KError;
import kj.value.Dict;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * Reading columns of fields from files: {@code (types;widths) 0: f} fixed-width text,
 * {@code (types;",") 0: f} delimited text, {@code (types;,",") 0: f} the same with a header line
 * of names (the result is (names;columns)), and {@code (types;widths) 1: f} fixed-width binary.
 * Text types: I int, F float, C string, S symbol, blank skips the field.
 */
final class Fields {
    private Fields() {}

    static long read(long x, long y) {
        if (n(x) != 2) throw KError.domain();
        long types = getL(x, 0), spec = getL(x, 1);
        String ts = typeText(types);
        for (char c : ts.toCharArray()) if ("IFCS ".indexOf(c) < 0) throw KError.type();
        if (type(spec) == CHAR) return delimited(ts, (char) cv(spec), SysLib.name(y), false);
        if (type(spec) == CHARV && n(spec) > 0) return delimited(ts, (char) getC(spec, 0), SysLib.name(y), true);
        long[] widths = widths(spec, ts.length());
        byte[] b = slice(y);
        int w = 1;
        for (long v : widths) w += (int) v;
        List<List<String>> rows = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == '\n') {
                if (i < b.length && i - start == w - 1) {
                    List<String> row = new ArrayList<>();
                    int at = start;
                    for (long v : widths) {
                        row.add(Io.latin1(java.util.Arrays.copyOfRange(b, at, at + (int) v)));
                        at += (int) v;
                    }
                    rows.add(row);
                }
                start = i + 1;
            }
        }
        return columns(ts, rows);
    }

    private static String typeText(long types) {
        if (type(types) == CHAR) return String.valueOf((char) cv(types));
        if (type(types) != CHARV || n(types) == 0) throw KError.type();
        return str(types);
    }

    private static long[] widths(long spec, int count) {
        long[] w;
        if (type(spec) == INT) w = new long[] {iv(spec)};
        else if (type(spec) == INTV) {
            w = new long[(int) n(spec)];
            for (int i = 0; i < w.length; i++) w[i] = getI(spec, i);
        } else throw KError.type();
        if (w.length != count) throw KError.length();
        long sum = 0;
        for (long v : w) {
            if (v <= 0) throw KError.length();
            if ((sum += v) > Integer.MAX_VALUE / 2) throw KError.domain();
        }
        return w;
    }

    /** The bytes of a file, or of (file;offset;length). */
    private static byte[] slice(long y) {
        if (type(y) != LIST) return Io.readBytes(Io.path(SysLib.name(y)));
        if (n(y) != 3) throw KError.length();
        byte[] all = Io.readBytes(Io.path(SysLib.name(getL(y, 0))));
        long off = number(getL(y, 1)), len = number(getL(y, 2));
        off = Math.max(0, Math.min(off, Math.max(0, all.length - 1)));
        len = Math.max(0, Math.min(len, all.length - off));
        return java.util.Arrays.copyOfRange(all, (int) off, (int) (off + len));
    }

    private static long number(long v) {
        return switch (type(v)) {
            case INT -> iv(v);
            case FLOAT -> (long) fv(v);
            default -> throw KError.type();
        };
    }

    private static long delimited(String ts, char delim, String file, boolean header) {
        String text = Io.latin1(Io.readBytes(Io.path(file)));
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (text.endsWith("\n")) count--;
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> f = List.of(lines[i].split(java.util.regex.Pattern.quote(String.valueOf(delim)), -1));
            if (header && i == 0) names.addAll(f);
            else rows.add(f);
        }
        long cols = columns(ts, rows);
        if (!header) return cols;
        List<Integer> ids = new ArrayList<>();
        for (int j = 0; j < ts.length(); j++) if (ts.charAt(j) != ' ') ids.add(Sym.intern(j < names.size() ? names.get(j) : ""));
        long ns;
        try {
            ns = newVec(SYMV, ids.size());
        } catch (Throwable e) {
            cd(cols);
            throw e;
        }
        for (int j = 0; j < ids.size(); j++) setS(ns, j, ids.get(j));
        return listOf(ns, cols);
    }

    /** One vector per typed field over the rows (a missing field is null). */
    private static long columns(String ts, List<List<String>> rows) {
        int r = rows.size();
        int kept = 0;
        for (int j = 0; j < ts.length(); j++) if (ts.charAt(j) != ' ') kept++;
        try (ListBuilder z = new ListBuilder(kept)) {
            for (int j = 0; j < ts.length(); j++) {
                char c = ts.charAt(j);
                if (c == ' ') continue;
                int field = j;
                if (c == 'C') {
                    z.add(ListBuilder.map(r, i -> chars(orEmpty(field(rows, i, field)))));
                    continue;
                }
                z.add(ListBuilder.fill(newVec(c == 'I' ? INTV : c == 'F' ? FLOATV : SYMV, r), col -> {
                    for (int i = 0; i < r; i++) {
                        String f = field(rows, i, field);
                        switch (c) {
                            case 'I' -> setI(col, i, f == null ? NI : intOrNull(f));
                            case 'F' -> setF(col, i, f == null ? Double.NaN : floatOrNull(f));
                            default -> setS(col, i, Sym.intern(f == null ? "" : untilNul(f)));
                        }
                    }
                }));
            }
            return z.build();
        }
    }

    private static String field(List<List<String>> rows, long i, int j) {
        List<String> row = rows.get((int) i);
        return j < row.size() ? row.get(j) : null;
    }

    private static String orEmpty(String f) { return f == null ? "" : f; }

    /** The text up to a NUL, as C reads it. */
    static String untilNul(String f) {
        int z = f.indexOf('\0');
        return z < 0 ? f : f.substring(0, z);
    }

    private static long intOrNull(String f) {
        try {
            return Format.parseInt(untilNul(f));
        } catch (KError e) {
            return NI;
        }
    }

    private static double floatOrNull(String f) {
        try {
            return Format.parseFloat(untilNul(f));
        } catch (KError e) {
            return Double.NaN;
        }
    }

    // ---- 1: ----

    private static final String BINARY = "cbsijfdCS";
    private static final int[] FIXED = {1, 1, 2, 4, 8, 4, 8};

    static long readBinary(long x, long y) {
        if (n(x) != 2) throw KError.domain();
        String ts = typeText(getL(x, 0));
        long[] widths = widths(getL(x, 1), ts.length());
        int w = 0;
        for (int j = 0; j < ts.length(); j++) {
            char c = ts.charAt(j);
            int k = BINARY.indexOf(c);
            if (c != ' ' && k < 0) throw c >= 'A' && c <= 'Z' || "m".indexOf(c) >= 0 ? KError.nonce() : KError.type();
            if (k >= 0 && k < FIXED.length && FIXED[k] != widths[j]) throw KError.length();
            w += (int) widths[j];
        }
        ByteBuffer b = ByteBuffer.wrap(slice(y)).order(ByteOrder.LITTLE_ENDIAN);
        int rows = b.capacity() / w;
        int kept = 0;
        for (int j = 0; j < ts.length(); j++) if (ts.charAt(j) != ' ') kept++;
        int stride = w;
        try (ListBuilder z = new ListBuilder(kept)) {
            int offset = 0;
            for (int j = 0; j < ts.length(); j++) {
                char c = ts.charAt(j);
                int wd = (int) widths[j], off = offset;
                offset += wd;
                if (c == ' ') continue;
                if (c == 'C') {
                    z.add(ListBuilder.map(rows, i -> {
                        byte[] s = new byte[wd];
                        b.get((int) i * stride + off, s);
                        return kj.value.K.chars(s);
                    }));
                    continue;
                }
                int t = switch (c) {
                    case 'c' -> CHARV;
                    case 'f', 'd' -> FLOATV;
                    case 'S' -> SYMV;
                    default -> INTV;
                };
                z.add(ListBuilder.fill(newVec(t, rows), col -> {
                    for (int i = 0, at = off; i < rows; i++, at += stride) {
                        switch (c) {
                            case 'c' -> setC(col, i, b.get(at));
                            case 'b' -> setI(col, i, b.get(at));
                            case 's' -> setI(col, i, b.getShort(at));
                            case 'i' -> setI(col, i, b.getInt(at));
                            case 'j' -> setI(col, i, b.getLong(at));
                            case 'f' -> setF(col, i, b.getFloat(at));
                            case 'd' -> setF(col, i, b.getDouble(at));
                            default -> {
                                byte[] s = new byte[wd];
                                b.get(at, s);
                                setS(col, i, Sym.intern(untilNul(Io.latin1(s))));
                            }
                        }
                    }
                }));
            }
            return z.build();
        }
    }

    /** "c" 1: f, "d" 1: f, "i" 1: f : the whole file as a vector of chars, floats or ints. */
    static long rawVector(int kind, long y) {
        if (kind != 'c' && kind != 'i' && kind != 'd') throw KError.nonce(); // before the file's name, as Kona
        byte[] b = Io.readBytes(Io.path(SysLib.name(y)));
        ByteBuffer in = ByteBuffer.wrap(java.util.Arrays.copyOf(b, (b.length + 7) / 8 * 8)).order(ByteOrder.LITTLE_ENDIAN);
        return switch (kind) {
            case 'c' -> kj.value.K.chars(b);
            case 'i' -> {
                long z = newVec(INTV, (b.length + 7) / 8);
                for (long i = 0; i < n(z); i++) setI(z, i, in.getLong());
                yield z;
            }
            case 'd' -> {
                long z = newVec(FLOATV, (b.length + 7) / 8);
                for (long i = 0; i < n(z); i++) setF(z, i, in.getDouble());
                yield z;
            }
            default -> throw KError.nonce();
        };
    }

    /** x,y for two lists or vectors of one type (or two dicts), for 5: appends. */
    static long join(long x, long y) {
        int t = type(x);
        long a = n(x), b = n(y), n = a + b;
        long z = newVec(t, n);
        for (long i = 0; i < n; i++) {
            long s = i < a ? x : y, k = i < a ? i : i - a;
            switch (t) {
                case INTV -> setI(z, i, getI(s, k));
                case FLOATV -> setF(z, i, getF(s, k));
                case CHARV -> setC(z, i, getC(s, k));
                case SYMV -> setS(z, i, getS(s, k));
                case LIST -> setL(z, i, ci(getL(s, k)));
                case DICT -> {
                    long at = Dict.attr(s, k);
                    Dict.set(z, i, Dict.key(s, k), ci(Dict.value(s, k)), at == 0 ? 0 : ci(at));
                }
                default -> {
                    cd(z);
                    throw KError.type();
                }
            }
        }
        return z;
    }
}

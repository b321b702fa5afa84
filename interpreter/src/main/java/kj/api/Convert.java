package kj.api;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kj.kpool.Mem;
import kj.value.Context;
import kj.value.Dict;
import kj.value.ListBuilder;
import kj.value.Sym;
import kj.value.Symbols;

/**
 * Java data to K values and back, and copying a value from one workspace into another. Runs
 * with the target workspace bound; every method that returns a handle hands over one reference.
 */
final class Convert {
    private Convert() {}

    /** A K value of Java data: see {@link KWorkspace#value(Object)} for what maps to what. */
    static long toK(Object o, KWorkspace into) {
        return switch (o) {
            case null -> nil();
            case KValue v -> v.workspace() == into ? ci(v.handle()) : copy(v);
            case Long l -> ki(l);
            case Integer i -> ki(i);
            case Short s -> ki(s);
            case Byte b -> ki(b);
            case Double d -> kf(d);
            case Float f -> kf(f);
            case Character c -> kc(latin1(c));
            case Boolean b -> ki(b ? 1 : 0);
            case String s -> chars(bytes(s));
            case long[] a -> ints(a);
            case int[] a -> {
                long x = newVec(INTV, a.length);
                for (int i = 0; i < a.length; i++) setI(x, i, a[i]);
                yield x;
            }
            case double[] a -> floats(a);
            case String[] a -> {
                int[] ids = new int[a.length];
                for (int i = 0; i < a.length; i++) ids[i] = Sym.intern(a[i]);
                yield syms(ids);
            }
            case List<?> l -> list(l.toArray(), into);
            case Object[] a -> list(a, into);
            case Map<?, ?> m -> dict(m, into);
            default -> throw new IllegalArgumentException("no K value for a " + o.getClass().getName());
        };
    }

    private static int latin1(char c) {
        if (c > 0xFF) throw new IllegalArgumentException("K chars are bytes: " + c + " is not Latin-1");
        return c;
    }

    private static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) latin1(s.charAt(i));
        return b;
    }

    private static long list(Object[] items, KWorkspace into) {
        try (ListBuilder b = new ListBuilder(items.length)) {
            for (Object item : items) b.add(toK(item, into));
            return b.collapsed();
        }
    }

    private static long dict(Map<?, ?> m, KWorkspace into) {
        long d = Dict.empty();
        try {
            for (var e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) throw new IllegalArgumentException("a dict's keys are strings (symbols)");
                d = Dict.put(d, Sym.intern(key), toK(e.getValue(), into));
            }
        } catch (RuntimeException e) {
            cd(d);
            throw e;
        }
        return d;
    }

    /**
     * A copy, in the workspace bound now, of a value of another workspace. The source is only
     * read (it holds our reference, so no one updates it in place); its symbols are interned
     * here by name. Functions refer to their own workspace's compiled code, so they do not move:
     * the copy is refused before anything is made.
     */
    static long copy(KValue v) {
        if (v.workspace().isClosed()) throw new IllegalStateException("the value's workspace is closed");
        long x = v.handle();
        if (holdsFunction(x)) throw new IllegalArgumentException("a function cannot move to another workspace");
        return copy(x, v.workspace().symbols(), Context.current().symbols());
    }

    private static boolean holdsFunction(long x) {
        return switch (type(x)) {
            case FUNC -> true;
            case LIST -> {
                for (long i = 0, n = n(x); i < n; i++) if (holdsFunction(getL(x, i))) yield true;
                yield false;
            }
            case DICT -> {
                for (long i = 0, n = n(x); i < n; i++) {
                    long a = Dict.attr(x, i);
                    if (holdsFunction(Dict.value(x, i)) || a != 0 && holdsFunction(a)) yield true;
                }
                yield false;
            }
            default -> false;
        };
    }

    private static long copy(long x, Symbols from, Symbols to) {
        int t = type(x);
        long n = n(x);
        switch (t) {
            case NIL -> { return nil(); }
            case LIST -> {
                return ListBuilder.map(n, i -> copy(getL(x, i), from, to));
            }
            case DICT -> {
                try (ListBuilder b = ListBuilder.dict(n)) {
                    for (long i = 0; i < n; i++) {
                        long value = copy(Dict.value(x, i), from, to), a = Dict.attr(x, i), attr = 0;
                        try {
                            if (a != 0) attr = copy(a, from, to);
                        } catch (RuntimeException e) {
                            cd(value);
                            throw e;
                        }
                        b.addEntry(to.intern(from.name(Dict.key(x, i))), value, attr);
                    }
                    return b.build();
                }
            }
            case SYM -> { return ks(to.intern(from.name(sv(x)))); }
            case SYMV -> {
                return ListBuilder.fill(newVec(SYMV, n), r -> {
                    for (long i = 0; i < n; i++) setS(r, i, to.intern(from.name(getS(x, i))));
                });
            }
            default -> {
                // numbers and chars: their payload is plain bytes
                long r = t > 0 ? alloc(8, t, 1) : newVec(t, n);
                Mem.copy(data(x), data(r), t > 0 ? 8 : n * width(t));
                return r;
            }
        }
    }

    /** Java data of a K value: see {@link KValue#toJava()}. */
    static Object toJava(long x) {
        return switch (type(x)) {
            case INT -> iv(x);
            case FLOAT -> fv(x);
            case CHAR -> (char) cv(x);
            case SYM -> Sym.name(sv(x));
            case NIL -> null;
            case INTV -> longs(x);
            case FLOATV -> doubles(x);
            case CHARV -> str(x);
            case SYMV -> {
                String[] s = new String[(int) n(x)];
                for (int i = 0; i < s.length; i++) s[i] = Sym.name(getS(x, i));
                yield s;
            }
            case LIST -> {
                List<Object> l = new ArrayList<>((int) n(x));
                for (long i = 0, n = n(x); i < n; i++) l.add(toJava(getL(x, i)));
                yield Collections.unmodifiableList(l);
            }
            case DICT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (long i = 0, n = n(x); i < n; i++) m.put(Sym.name(Dict.key(x, i)), toJava(Dict.value(x, i)));
                yield Collections.unmodifiableMap(m);
            }
            case FUNC -> throw new IllegalStateException("a function has no Java form (subkind " + subKind(x) + ")");
            default -> throw new IllegalStateException("no Java form for K type " + type(x));
        };
    }

    static long[] longs(long x) {
        long[] a = new long[(int) n(x)];
        for (int i = 0; i < a.length; i++) a[i] = getI(x, i);
        return a;
    }

    static double[] doubles(long x) {
        double[] a = new double[(int) n(x)];
        for (int i = 0; i < a.length; i++) a[i] = getF(x, i);
        return a;
    }

}

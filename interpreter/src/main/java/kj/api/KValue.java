package kj.api;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kj.print.Printer;
import kj.value.K;

/**
 * One reference to a K value of one {@link KWorkspace}, given back on {@link #close()} (use
 * try-with-resources; a value never closed stays in its workspace until the workspace closes).
 * The readers turn it into Java data; each checks the K type first and throws
 * {@link IllegalStateException} when the value is not of that type, is closed, or its workspace
 * is. Ints come as {@code long} with K's special values as they are stored: 0N is
 * {@link Long#MIN_VALUE}, 0I {@link Long#MAX_VALUE}, -0I {@code -Long.MAX_VALUE}.
 *
 * <p>A value belongs to its workspace: it is read on the thread using that workspace, and
 * handing it to another workspace ({@link KWorkspace#set}, {@link KWorkspace#call}) copies it
 * there.
 */
public final class KValue implements AutoCloseable {
    private final KWorkspace ws;
    private long handle;

    KValue(KWorkspace ws, long handle) {
        this.ws = ws;
        this.handle = handle;
    }

    KWorkspace workspace() { return ws; }

    /** The handle, checked: open, and its workspace open. */
    long handle() {
        if (handle == 0) throw new IllegalStateException("the value is closed");
        if (ws.isClosed()) throw new IllegalStateException("the value's workspace is closed");
        return handle;
    }

    /** The K type. */
    public KType type() { return KType.of(ws.within(() -> K.kType(handle()))); }

    /** The number of items: 1 for an atom, the count of a vector, list or dict. */
    public long count() { return ws.within(() -> n(handle())); }

    /** An int atom's value. */
    public long toLong() { return ws.within(() -> iv(expect(INT))); }

    /** A float atom's value (an int atom widens). */
    public double toDouble() {
        return ws.within(() -> {
            long x = handle();
            if (K.type(x) == INT) return (double) iv(x);
            return fv(expect(FLOAT));
        });
    }

    /** The text of a char vector or char atom. */
    public String asString() {
        return ws.within(() -> {
            long x = handle();
            if (K.type(x) != CHAR) expect(CHARV);
            return str(x);
        });
    }

    /** A symbol atom's name. */
    public String asSymbol() { return ws.within(() -> kj.value.Sym.name(sv(expect(SYM)))); }

    /** An int vector's items (an int atom gives one). */
    public long[] toLongArray() {
        return ws.within(() -> {
            long x = handle();
            if (K.type(x) == INT) return new long[] {iv(x)};
            return Convert.longs(expect(INTV));
        });
    }

    /** A float vector's items (a float atom gives one). */
    public double[] toDoubleArray() {
        return ws.within(() -> {
            long x = handle();
            if (K.type(x) == FLOAT) return new double[] {fv(x)};
            return Convert.doubles(expect(FLOATV));
        });
    }

    /** The items of a list or vector as Java data ({@link #toJava()} of each; nil is null), unmodifiable. */
    public List<Object> toList() {
        return ws.within(() -> {
            long x = handle();
            if (K.type(x) > 0 || K.type(x) == DICT) throw new IllegalStateException("not a list: " + KType.of(K.kType(x)));
            List<Object> items = new ArrayList<>((int) n(x));
            for (long i = 0, n = n(x); i < n; i++) {
                long item = kj.value.Lists.item(x, i);
                try {
                    items.add(Convert.toJava(item));
                } finally {
                    cd(item);
                }
            }
            return Collections.unmodifiableList(items);
        });
    }

    /** A dict's entries in K's order, keys as strings, values as {@link #toJava()}; unmodifiable. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return ws.within(() -> (Map<String, Object>) Convert.toJava(expect(DICT)));
    }

    /**
     * The value as Java data: an int {@code Long}, a float {@code Double}, a char
     * {@code Character}, a symbol its name ({@code String}), nil {@code null}; int and float
     * vectors {@code long[]} and {@code double[]}, a char vector a {@code String}, a symbol
     * vector {@code String[]}; a list an unmodifiable {@code List} (nil items are {@code null}),
     * a dict an unmodifiable {@code Map<String, Object>} in key order. A function has none
     * ({@link IllegalStateException}).
     */
    public Object toJava() { return ws.within(() -> Convert.toJava(handle())); }

    /** The value as the REPL prints it (Kona's form, the workspace's \p precision). */
    @Override
    public String toString() {
        if (handle == 0) return "<closed K value>";
        if (ws.isClosed()) return "<K value of a closed workspace>";
        return ws.within(() -> Printer.show(handle, ws.settings().precision));
    }

    /** True once closed. */
    public boolean isClosed() { return handle == 0 || ws.isClosed(); }

    /** Gives the reference back (once; later calls do nothing, as does closing after the workspace). */
    @Override
    public void close() {
        long h = handle;
        if (h == 0) return;
        handle = 0;
        if (!ws.isClosed()) ws.within(() -> {
            cd(h);
            return null;
        });
    }

    private long expect(int type) {
        long x = handle();
        if (K.type(x) != type) throw new IllegalStateException("not " + KType.of(type) + " but " + KType.of(K.kType(x)));
        return x;
    }

}

package kj.sys;

import static kj.value.K.*;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import kj.error.KError;
import kj.value.Dict;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * _bd and _db: a value as bytes and back, in kj's own format (used by 1: files too):
 * <pre>
 *   "KJ" 1 0, payload length (8 bytes), then the value:
 *   type (1 byte, signed); atoms: int/float 8 bytes, char 1, symbol (length 4, bytes), nil none;
 *   vectors, lists, dicts: count (8), then the items; a dict item is key, value, 0|1 then attributes.
 * </pre>
 * All numbers little-endian. Functions cannot be stored (nonce).
 */
public final class Bin {
    private static final byte[] MAGIC = {'K', 'J', 1, 0};
    private static final int HEADER = 12;

    private Bin() {}

    /** Where the items of a vector stored alone begin: magic, length, type, count. */
    public static final int VECTOR_ITEMS = HEADER + 1 + 8;

    /**
     * The type of the int, float or char vector that a file of {@code fileSize} bytes holds
     * alone, read from its first {@link #VECTOR_ITEMS} bytes; 0 for anything else.
     */
    public static int mappableVector(byte[] head, long fileSize) {
        ByteBuffer in = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) if (in.get() != MAGIC[i]) return 0;
        if (in.getLong() != fileSize - HEADER) return 0;
        int t = in.get();
        if (t != INTV && t != FLOATV && t != CHARV) return 0;
        long n = in.getLong();
        return n >= 0 && n == (fileSize - VECTOR_ITEMS) / width(t) && (fileSize - VECTOR_ITEMS) % width(t) == 0 ? t : 0;
    }

    public static byte[] bytes(long x) {
        Out out = new Out();
        out.write(MAGIC, 0, 4);
        out.putLong(0);
        write(out, x);
        byte[] b = out.toByteArray();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(4, b.length - HEADER);
        return b;
    }

    /** _bd x. */
    static long bd(long x) { return chars(bytes(x)); }

    /** _db x. */
    static long db(long x) {
        if (type(x) != CHARV) throw KError.type();
        byte[] b = new byte[(int) n(x)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) getC(x, i);
        return value(b);
    }

    public static long value(byte[] b) {
        if (b.length < HEADER) throw KError.length();
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 4; i++) if (in.get() != MAGIC[i]) throw KError.domain();
        if (in.getLong() != b.length - HEADER) throw KError.length();
        try {
            return read(in);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw KError.domain();
        }
    }

    private static final class Out extends ByteArrayOutputStream {
        void putLong(long v) {
            for (int i = 0; i < 8; i++) write((int) (v >>> (8 * i)));
        }

        void putSym(int id) {
            byte[] s = Sym.name(id).getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < 4; i++) write(s.length >>> (8 * i));
            write(s, 0, s.length);
        }
    }

    private static void write(Out out, long x) {
        int t = type(x);
        out.write(t);
        long n = n(x);
        switch (t) {
            case INT -> out.putLong(iv(x));
            case FLOAT -> out.putLong(Double.doubleToRawLongBits(fv(x)));
            case CHAR -> out.write(cv(x));
            case SYM -> out.putSym(sv(x));
            case NIL -> { }
            case INTV -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) out.putLong(getI(x, i));
            }
            case FLOATV -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) out.putLong(Double.doubleToRawLongBits(getF(x, i)));
            }
            case CHARV -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) out.write(getC(x, i));
            }
            case SYMV -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) out.putSym(getS(x, i));
            }
            case LIST -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) write(out, getL(x, i));
            }
            case DICT -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) {
                    out.putSym(Dict.key(x, i));
                    write(out, Dict.value(x, i));
                    long a = Dict.attr(x, i);
                    out.write(a == 0 ? 0 : 1);
                    if (a != 0) write(out, a);
                }
            }
            default -> throw KError.nonce();
        }
    }

    private static int getSym(ByteBuffer in) {
        int len = in.getInt();
        if (len < 0 || len > in.remaining()) throw KError.domain();
        byte[] s = new byte[len];
        in.get(s);
        return Sym.intern(new String(s, StandardCharsets.ISO_8859_1));
    }

    private static long count(ByteBuffer in, int width) {
        long n = in.getLong();
        if (n < 0 || n > in.remaining() / width) throw KError.domain();
        return n;
    }

    private static long read(ByteBuffer in) {
        int t = in.get();
        switch (t) {
            case INT: return ki(in.getLong());
            case FLOAT: return kf(Double.longBitsToDouble(in.getLong()));
            case CHAR: return kc(in.get() & 0xFF);
            case SYM: return ks(getSym(in));
            case NIL: return nil();
            case INTV, FLOATV: {
                long n = count(in, 8);
                long z = newVec(t, n);
                for (long i = 0; i < n; i++) setI(z, i, in.getLong());
                return z;
            }
            case CHARV: {
                long n = count(in, 1);
                long z = newVec(t, n);
                for (long i = 0; i < n; i++) setC(z, i, in.get());
                return z;
            }
            case SYMV: {
                long n = count(in, 4);
                return ListBuilder.fill(newVec(t, n), z -> {
                    for (long i = 0; i < n; i++) setS(z, i, getSym(in));
                });
            }
            case LIST: {
                long n = count(in, 1);
                return ListBuilder.map(n, i -> read(in));
            }
            case DICT: {
                long n = count(in, 6);
                try (ListBuilder z = ListBuilder.dict(n)) {
                    for (long i = 0; i < n; i++) {
                        int key = getSym(in);
                        long v = read(in);
                        long a = 0;
                        try {
                            if (in.get() != 0) a = read(in);
                        } catch (Throwable e) {
                            cd(v);
                            throw e;
                        }
                        z.addEntry(key, v, a);
                    }
                    return z.build();
                }
            }
            default: throw KError.domain();
        }
    }
}

package kj.sys;

import static kj.value.K.*;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import kj.error.KError;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * Reads the K files kj wrote before it took Kona's format ({@link Bin}), so that they stay
 * readable: "KJ" 1 0, the payload's length (8 bytes), then the value: its type (1 byte); atoms:
 * int/float 8 bytes, char 1, symbol (length 4, bytes), nil none; vectors, lists, dicts: count
 * (8), then the items; a dict item is key, value, 0|1 then attributes. Little-endian. kj writes
 * Kona's format only.
 */
final class KjFormat {
    private static final byte[] MAGIC = {'K', 'J', 1, 0};
    private static final int HEADER = 12;

    private KjFormat() {}

    static boolean holds(byte[] b) {
        if (b.length < HEADER) return false;
        for (int i = 0; i < 4; i++) if (b[i] != MAGIC[i]) return false;
        return true;
    }

    static long value(byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        in.position(4);
        if (in.getLong() != b.length - HEADER) throw KError.length();
        try {
            return read(in);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw KError.domain();
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

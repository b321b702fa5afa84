package kj.sys;

import static kj.value.K.*;

import java.lang.foreign.MemorySegment;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kj.error.KError;
import kj.kpool.Mem;
import kj.value.Dict;
import kj.value.ListBuilder;
import kj.value.Sym;

/**
 * A value as bytes and back in Kona's formats (64-bit): {@code _bd}/{@code _db}, and the K files
 * of {@code 1:}, {@code 2:} and {@code 5:}, so that files pass between Kona and kj. An object is
 * its type (8 bytes), then an atom's value in 8 bytes (a char first, then zeros; a symbol its
 * name and a NUL) or a list's count (8 bytes) and items: ints and floats 8 bytes each, chars
 * with a NUL after the last, symbols as names each with a NUL, other lists and dicts their items
 * as objects; a dict's entry is the list (name;value;attributes or nil). Objects start at
 * multiples of 8 (zeros pad them). A file prefixes every object, items too, with -3 and 1; the
 * string of {@code _bd} starts with a 16-byte header: 1 (little-endian), 7 zero bytes, the
 * length of what follows. Written little-endian; read either way (the header's first byte, 0
 * for big-endian). Functions cannot be stored (nonce).
 *
 * <p>Where Kona's writer leaves a nested symbol of 8 or more letters unpadded, so that its own
 * reader loses the items after it (a nonce error), kj pads it; Kona reads kj's file.
 */
public final class Bin {
    private static final int MESSAGE_HEADER = 16, FILE_PREFIX = 16;

    private Bin() {}

    /** Where the items of a vector stored alone begin in its file: the prefix, type, count. */
    public static final int VECTOR_ITEMS = FILE_PREFIX + 16;

    /**
     * The type of the int, float or char vector that a K file of {@code fileSize} bytes holds
     * alone, from its first {@link #VECTOR_ITEMS} bytes, and its count: {type, count}, or null
     * for anything else (another value, a truncated file, kj's earlier format).
     */
    public static long[] mappableVector(byte[] head, long fileSize) {
        ByteBuffer in = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head.length < VECTOR_ITEMS || in.getLong() != -3) return null;
        in.getLong();
        long t = in.getLong(), n = in.getLong();
        if (t != INTV && t != FLOATV && t != CHARV || n < 0) return null;
        long bytes = t == CHARV ? align(n + 1) : 8 * n;
        return fileSize == VECTOR_ITEMS + bytes ? new long[] {t, n} : null;
    }

    /** A value's K file. */
    public static byte[] file(long x) {
        Out out = new Out();
        write(out, x, true, true);
        return out.toByteArray();
    }

    /** The value a K file holds (Kona's format, or kj's earlier one). */
    public static long fromFile(byte[] b) {
        if (KjFormat.holds(b)) return KjFormat.value(b);
        boolean big = b.length >= 8 && b[0] == -1 && b[7] == -3; // -3 written big-endian
        ByteBuffer in = ByteBuffer.wrap(b).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        return readAll(in, true);
    }

    /** _bd x. */
    static long bd(long x) {
        Out out = new Out();
        out.putLong(1); // byte 0: little-endian; then the length, filled in below
        out.putLong(0);
        write(out, x, false, true);
        byte[] b = out.toByteArray();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(8, b.length - MESSAGE_HEADER);
        return chars(b);
    }

    /** _db x. */
    static long db(long x) {
        if (type(x) != CHARV) throw KError.type();
        byte[] b = new byte[(int) n(x)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) getC(x, i);
        if (b.length < MESSAGE_HEADER) throw KError.length();
        ByteBuffer in = ByteBuffer.wrap(b).order(b[0] == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        if (in.getLong(8) != b.length - MESSAGE_HEADER) throw KError.length();
        in.position(MESSAGE_HEADER);
        return readAll(in, false);
    }

    private static long readAll(ByteBuffer in, boolean file) {
        try {
            return read(in, file);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw KError.nonce(); // a malformed object, as Kona answers it
        }
    }

    private static long align(long n) { return n + 7 & -8; }

    /** A growing little-endian byte buffer; vectors' items go in by bulk copies from their cells. */
    private static final class Out {
        private byte[] buf = new byte[64];
        private int count;

        private void room(long more) {
            long need = count + more;
            if (need > Integer.MAX_VALUE - 8) throw KError.limit();
            if (need > buf.length) buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, 2L * buf.length)));
        }

        byte[] toByteArray() { return Arrays.copyOf(buf, count); }

        void write(int b) {
            room(1);
            buf[count++] = (byte) b;
        }

        void write(byte[] b, int from, int len) {
            room(len);
            System.arraycopy(b, from, buf, count, len);
            count += len;
        }

        void putLong(long v) {
            room(8);
            for (int i = 0; i < 8; i++) buf[count++] = (byte) (v >>> (8 * i));
        }

        /** The bytes at a payload address (a vector's items as they lie in its cell). */
        void copyFrom(long address, long bytes) {
            room(bytes);
            MemorySegment.copy(Mem.ALL, Mem.BYTE, address, buf, count, (int) bytes);
            count += (int) bytes;
        }

        /** A name and its NUL. */
        void putName(int id) {
            byte[] s = Sym.name(id).getBytes(StandardCharsets.ISO_8859_1);
            write(s, 0, s.length);
            write(0);
        }

        /** Zeros up to {@code least} bytes. */
        void padTo(int least) {
            while (count < least) write(0);
        }

        /** Zeros up to a multiple of 8 bytes. */
        void align() { padTo(count + 7 & -8); }

        /** Kona's -3 and 1 before each object in a file. */
        void prefix(boolean file) {
            if (file) {
                putLong(-3);
                putLong(1);
            }
        }

        /** A symbol atom; top: alone, it is not padded past its NUL (as Kona writes it). */
        void putSymAtom(int id, boolean file, boolean top) {
            prefix(file);
            putLong(SYM);
            int at = count;
            putName(id);
            padTo(at + 8);
            if (!top) align();
        }
    }

    /** x as an object; top: a symbol atom alone is not padded past its NUL (as Kona writes it). */
    private static void write(Out out, long x, boolean file, boolean top) {
        int t = type(x);
        if (t == FUNC || t > NIL) throw KError.nonce();
        if (t == SYM) {
            out.putSymAtom(sv(x), file, top);
            return;
        }
        out.prefix(file);
        out.putLong(t);
        long n = n(x);
        switch (t) {
            case INT -> out.putLong(iv(x));
            case FLOAT -> out.putLong(Double.doubleToRawLongBits(fv(x)));
            case CHAR -> out.putLong(cv(x) & 0xFF);
            case NIL -> out.putLong(0);
            case INTV, FLOATV -> {
                out.putLong(n);
                out.copyFrom(data(x), 8 * n);
            }
            case CHARV -> {
                out.putLong(n);
                out.copyFrom(data(x), n);
                out.write(0);
                out.align();
            }
            case SYMV -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) out.putName(getS(x, i));
                out.align();
            }
            case LIST -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) write(out, getL(x, i), file, false);
            }
            case DICT -> {
                out.putLong(n);
                for (long i = 0; i < n; i++) writeEntry(out, x, i, file);
            }
            default -> throw KError.nonce();
        }
    }

    /** A dict entry: the list (name;value;attributes), nil for none. */
    private static void writeEntry(Out out, long d, long i, boolean file) {
        out.prefix(file);
        out.putLong(LIST);
        out.putLong(3);
        out.putSymAtom(Dict.key(d, i), file, false);
        write(out, Dict.value(d, i), file, false);
        long a = Dict.attr(d, i);
        if (a != 0) {
            write(out, a, file, false);
        } else {
            out.prefix(file);
            out.putLong(NIL);
            out.putLong(0);
        }
    }

    /** The name at the buffer's position, up to its NUL (or the end). */
    private static int getName(ByteBuffer in) {
        int from = in.position(), to = from;
        while (to < in.limit() && in.get(to) != 0) to++;
        byte[] s = new byte[to - from];
        in.get(s);
        if (in.hasRemaining()) in.get();
        return Sym.intern(new String(s, StandardCharsets.ISO_8859_1));
    }

    /** Moves to the next multiple of 8 from the buffer's start, or its end. */
    private static void skipPad(ByteBuffer in) { in.position((int) Math.min(in.limit(), align(in.position()))); }

    /** The next bytes of the buffer into z's items, in one copy. */
    private static void copyTo(ByteBuffer in, long z, long bytes) {
        MemorySegment.copy(in.array(), in.position(), Mem.ALL, Mem.BYTE, data(z), (int) bytes);
        in.position(in.position() + (int) bytes);
    }

    private static long count(ByteBuffer in, int width) {
        long n = in.getLong();
        if (n < 0 || n > in.remaining() / width) throw KError.nonce();
        return n;
    }

    private static long read(ByteBuffer in, boolean file) {
        if (file) {
            if (in.getLong() != -3) throw KError.nonce();
            in.getLong(); // Kona's reference count on disk
        }
        long t = in.getLong();
        switch ((int) Math.max(-5, Math.min(9, t))) {
            case INT: return ki(in.getLong());
            case FLOAT: return kf(Double.longBitsToDouble(in.getLong()));
            case CHAR: {
                long c = kc(in.get() & 0xFF);
                skipPad(in);
                return c;
            }
            case SYM: {
                long s = ks(getName(in));
                skipPad(in);
                return s;
            }
            case NIL: in.getLong(); return nil();
            case INTV, FLOATV: {
                long n = count(in, 8);
                long z = newVec((int) t, n);
                if (in.order() == ByteOrder.LITTLE_ENDIAN) copyTo(in, z, 8 * n);
                else for (long i = 0; i < n; i++) setI(z, i, in.getLong());
                return z;
            }
            case CHARV: {
                long n = count(in, 1);
                long z = newVec(CHARV, n);
                copyTo(in, z, n);
                skipPad(in);
                return z;
            }
            case SYMV: {
                long n = count(in, 1);
                long z = ListBuilder.fill(newVec(SYMV, n), v -> {
                    for (long i = 0; i < n; i++) setS(v, i, getName(in));
                });
                skipPad(in);
                return z;
            }
            case LIST: {
                long n = count(in, 8);
                return ListBuilder.map(n, i -> read(in, file));
            }
            case DICT: {
                long n = count(in, 8);
                try (ListBuilder z = ListBuilder.dict(n)) {
                    for (long i = 0; i < n; i++) readEntry(in, file, z);
                    return z.build();
                }
            }
            default: throw KError.nonce();
        }
    }

    /** A dict entry, a list of a symbol, the value and maybe attributes, added to z. */
    private static void readEntry(ByteBuffer in, boolean file, ListBuilder z) {
        long e = read(in, file);
        try {
            if (type(e) != LIST || n(e) < 2 || n(e) > 3 || type(getL(e, 0)) != SYM) throw KError.nonce();
            long a = n(e) == 3 && type(getL(e, 2)) == DICT ? ci(getL(e, 2)) : 0;
            z.addEntry(sv(getL(e, 0)), ci(getL(e, 1)), a);
        } finally {
            cd(e);
        }
    }
}

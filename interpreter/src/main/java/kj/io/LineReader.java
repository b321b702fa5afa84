package kj.io;

import static kj.value.K.*;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import kj.kpool.Mem;

/**
 * 0: of a text file, streamed: each line goes from a 64 KiB buffer straight into its char
 * vector, so the heap holds one buffer and a handle per line, never the whole file. Lines end at
 * newlines; a last line without one counts too.
 */
final class LineReader {
    private static final int BUFFER = 1 << 16;

    private LineReader() {}

    static long lines(InputStream in) throws IOException {
        byte[] buf = new byte[BUFFER];
        byte[] part = new byte[256];
        int partLen = 0;
        boolean open = false;
        long[] items = new long[64];
        int count = 0;
        try {
            for (int r; (r = in.read(buf)) >= 0; ) {
                int start = 0;
                for (int i = 0; i < r; i++) {
                    if (buf[i] != '\n') continue;
                    if (count == items.length) items = Arrays.copyOf(items, count * 2);
                    if (partLen == 0) {
                        items[count++] = charVector(buf, start, i - start);
                    } else {
                        part = append(part, partLen, buf, start, i - start);
                        items[count++] = charVector(part, 0, partLen + i - start);
                        partLen = 0;
                    }
                    start = i + 1;
                    open = false;
                }
                if (start < r) {
                    part = append(part, partLen, buf, start, r - start);
                    partLen += r - start;
                    open = true;
                }
            }
            if (open) {
                if (count == items.length) items = Arrays.copyOf(items, count + 1);
                items[count++] = charVector(part, 0, partLen);
            }
            long z = newList(count);
            for (int i = 0; i < count; i++) setL(z, i, items[i]);
            return z;
        } catch (Throwable e) { // a Java heap too small for the handles too (a wsfull error)
            for (int i = 0; i < count; i++) cd(items[i]);
            throw e;
        }
    }

    private static byte[] append(byte[] to, int len, byte[] from, int start, int n) {
        if (len + n > to.length) to = Arrays.copyOf(to, Math.max(to.length * 2, len + n));
        System.arraycopy(from, start, to, len, n);
        return to;
    }

    private static long charVector(byte[] b, int start, int n) {
        long s = newVec(CHARV, n);
        MemorySegment.copy(b, start, Mem.ALL, ValueLayout.JAVA_BYTE, data(s), n);
        return s;
    }
}

package kj.io;

import static kj.value.K.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import kj.sys.Bin;

/**
 * 1: of a K file that holds one int, float or char vector: the file is mapped into a cell
 * (the pool's {@link kj.kpool.Pool#mapFile}) instead of being read onto the Java heap and copied.
 * The cell's header goes over the file bytes before the items, in a private page; the value is
 * never unique, so an amend copies it, and its mapping goes when its count reaches zero.
 */
final class MappedRead {
    /** Smaller files are read: a mapping costs a system call and a page of its own. */
    static final long AT_LEAST = 1 << 16;

    private MappedRead() {}

    /** The file as a mapped value, or 0 when it is small, not one such vector, or cannot be mapped. */
    static long tryMap(Path p) {
        long size;
        ByteBuffer head = ByteBuffer.allocate(Bin.VECTOR_ITEMS);
        try (FileChannel ch = FileChannel.open(p)) {
            size = ch.size();
            if (size < AT_LEAST) return 0;
            while (head.hasRemaining() && ch.read(head, head.position()) > 0) { }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        if (head.hasRemaining()) return 0;
        long[] vector = Bin.mappableVector(head.array(), size);
        if (vector == null) return 0;
        return pool().mapFile(p.toAbsolutePath().toString(), size, Bin.VECTOR_ITEMS - kj.kpool.CellLayout.HEADER, (int) vector[0], vector[1]);
    }
}

package kj.kpool;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The real mmap layer: page-aligned zeroed mappings, remap that keeps bytes, refusals as 0. */
class NativeOsTest {
    private final NativeOs os = new NativeOs();

    @Test
    void mapsZeroedPageAlignedMemoryAndRemapsKeepingIt() {
        long page = os.pageSize();
        assertTrue(page >= 4096 && Long.bitCount(page) == 1, "page size " + page);
        long a = os.map(4 * page);
        assertNotEquals(0, a);
        assertEquals(0, a % page);
        for (long off = 0; off < 4 * page; off += 8) assertEquals(0, Mem.getLong(a + off));
        Mem.putLong(a + 4 * page - 8, 77);
        long b = os.remap(a, 4 * page, 64 * page);
        assertNotEquals(0, b);
        assertEquals(77, Mem.getLong(b + 4 * page - 8));
        assertEquals(0, Mem.getLong(b + 64 * page - 8), "the new part is zeroed");
        os.adviseHuge(b, 64 * page);
        os.unmap(b, 64 * page);
    }

    @Test
    void refusalIsZeroNotASentinel() {
        assertEquals(0, os.map(1L << 62), "no system maps 4 EiB");
        assertThrows(IllegalStateException.class, () -> os.unmap(123, 4096), "munmap of an unaligned address");
    }
}

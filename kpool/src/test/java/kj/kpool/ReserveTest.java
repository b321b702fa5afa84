package kj.kpool;

import static kj.kpool.PoolChecks.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reserve: mapped and touched at start, lanes take chunks from it first and give them back to it. */
class ReserveTest {
    private final ArenaOs os = new ArenaOs();
    private final Pool pool = new Pool(os);

    @AfterEach
    void close() { os.close(); }

    @Test
    void lanesTakeChunksFromTheReserveBeforeTheSystem() {
        pool.setReserve(MiB + 1);
        assertEquals(1, os.maps);
        long reserve = 5 * Pool.CHUNK_BYTES;
        assertEquals(reserve, os.calls.getFirst().bytes(), "rounded up to whole chunks");
        PoolStats s = pool.stats();
        assertEquals(reserve, s.reserveBytes());
        assertEquals(0, s.reserveInLanes());
        assertEquals(reserve, s.mapped());
        assertEquals(0, s.used());
        assertSound(pool);

        long[] cells = new long[4 * 4096];
        for (int i = 0; i < cells.length; i++) cells[i] = pool.allocate(48, 0, 0);
        long big = pool.allocate(Pool.CHUNK_BYTES - 16, 0, 0);
        assertEquals(1, os.maps, "four chunks of 64-byte cells and one 256 KiB cell, all from the reserve");
        s = pool.stats();
        assertEquals(reserve, s.reserveInLanes());
        assertEquals(reserve, s.mapped());
        assertSound(pool);
        long more = pool.allocate(48, 0, 0);
        assertEquals(2, os.maps, "the reserve is used up: the next chunk comes from the system");
        assertSound(pool);

        pool.cd(more);
        pool.cd(big);
        for (long c : cells) pool.cd(c);
        long returned = pool.trim();
        assertEquals(Pool.CHUNK_BYTES, returned, "only the chunk from the system goes back to it");
        assertEquals(1, os.unmaps);
        s = pool.stats();
        assertEquals(0, s.reserveInLanes());
        assertEquals(reserve, s.mapped(), "the reserve stays mapped");
        assertSound(pool);
        for (int i = 0; i < 100; i++) pool.cd(pool.allocate(48, 0, 0));
        assertEquals(2, os.maps, "chunks given back to the reserve are taken again");
        assertSound(pool);
    }

    @Test
    void closeGivesBackTheReserveMappedFilesAndFileBackedCellsInUse(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path f = dir.resolve("f");
        java.nio.file.Files.write(f, new byte[10000]);
        pool.setReserve(MiB);
        pool.setFileBacking("/d", 0);
        pool.allocate(100, 0, 0);
        pool.allocate(40 * MiB, 0, 0);
        pool.allocate(50 * MiB, 0, 0);
        assertNotEquals(0, pool.mapFile(f.toString(), 10000, 0, 1, 1));
        assertEquals(2, pool.stats().largeCount());
        pool.close();
        assertEquals(0, os.liveMappings(), "everything unmapped, the reserve whole");
        PoolStats s = pool.stats();
        assertEquals(0, s.mapped());
        assertEquals(0, s.used());
        assertEquals(0, s.fileBacked().bytes().current());
        assertEquals(0, s.mappedFiles().cells().current());
        pool.close();
        assertEquals(0, os.liveMappings());
    }

    @Test
    void aReservePastTheCapIsRefused() {
        pool.setCap(MiB);
        assertThrows(WorkspaceFullException.class, () -> pool.setReserve(2 * MiB));
        assertEquals(0, pool.stats().mapped());
        pool.setReserve(MiB);
        assertThrows(IllegalStateException.class, () -> pool.setReserve(MiB));
    }

    @Test
    void aRealReserveIsResidentFromTheStart() throws IOException {
        Pool real = new Pool(new NativeOs());
        long before = MappedFileTest.rssKiB();
        real.setReserve(64 * MiB);
        long riseMiB = (MappedFileTest.rssKiB() - before) / 1024;
        assertTrue(riseMiB >= 60, "RSS rose by " + riseMiB + " MiB for a 64 MiB reserve");
        long c = real.allocate(1 << 20, 0, 0);
        assertEquals(1, real.stats().mmapCalls(), "the 1 MiB lane chunk came from the reserve");
        real.cd(c);
        assertTrue(real.audit().ok());
    }
}

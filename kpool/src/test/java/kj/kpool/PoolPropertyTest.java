package kj.kpool;

import static kj.kpool.CellLayout.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of allocate / ci / cd / grow / trim against a model of the live cells: after
 * every step the audit is clean, no two cells overlap, every cell keeps its bytes, and the
 * statistics equal the model's; at the end everything is released and trimmed back to nothing.
 */
class PoolPropertyTest {
    sealed interface Step {}
    record Allocate(long payload) implements Step {}
    record Ci(int pick) implements Step {}
    record Cd(int pick) implements Step {}
    record Grow(int pick, long payload) implements Step {}
    record Trim() implements Step {}

    /** What the test knows of one live cell; tags sit at the start and near the end of its payload. */
    static final class Cell {
        long address, bytes, tagEnd;
        int refs = 1;
        final long tag;

        Cell(long tag) { this.tag = tag; }
    }

    @Property(tries = 300)
    void randomStepsKeepThePoolSound(@ForAll("steps") @Size(max = 60) List<Step> steps) { run(steps, false); }

    /** The same with a 1 MiB reserve (soon used up) and large cells above 40 MiB on temp files. */
    @Property(tries = 150)
    void randomStepsKeepAPoolWithAReserveAndFilesSound(@ForAll("steps") @Size(max = 60) List<Step> steps) {
        run(steps, true);
    }

    private void run(List<Step> steps, boolean reserveAndFiles) {
        try (ArenaOs os = new ArenaOs()) {
            Pool pool = new Pool(os);
            if (reserveAndFiles) {
                pool.setReserve(1 << 20);
                pool.setFileBacking("/tmp", 40L << 20);
            }
            List<Cell> live = new ArrayList<>();
            long nextTag = 1;
            for (Step step : steps) {
                switch (step) {
                    case Allocate(long payload) -> {
                        Cell c = new Cell(nextTag++);
                        c.address = pool.allocate(payload, (int) (c.tag & 0x7FFF), c.tag);
                        c.bytes = cellBytes(payload);
                        c.tagEnd = Math.max(8, payload - 8); // every cell holds at least 48 bytes
                        Mem.putLong(payload(c.address), c.tag);
                        Mem.putLong(payload(c.address) + c.tagEnd, ~c.tag);
                        live.add(c);
                    }
                    case Ci(int pick) when !live.isEmpty() -> {
                        Cell c = live.get(pick % live.size());
                        pool.ci(c.address);
                        c.refs++;
                    }
                    case Cd(int pick) when !live.isEmpty() -> {
                        Cell c = live.get(pick % live.size());
                        pool.cd(c.address);
                        if (--c.refs == 0) live.remove(c);
                    }
                    case Grow(int pick, long payload) when !live.isEmpty() -> grow(pool, live.get(pick % live.size()), payload);
                    case Trim() -> pool.trim();
                    default -> {}
                }
                assertMatches(pool, live);
            }
            for (Cell c : live) for (int i = 0; i < c.refs; i++) pool.cd(c.address);
            live.clear();
            assertMatches(pool, live);
            pool.trim();
            long kept = reserveAndFiles ? 1 << 20 : 0;
            assertEquals(kept, pool.stats().mapped(), "nothing but the reserve is left");
            assertEquals(kept == 0 ? 0 : 1, os.liveMappings(), "every map and remap given back");
            assertEquals(os.maps + os.tempMaps, os.unmaps + (kept == 0 ? 0 : 1));
            assertEquals(0, pool.stats().reserveInLanes());
        }
    }

    private static void grow(Pool pool, Cell c, long payload) {
        boolean fits = payload + HEADER <= c.bytes;
        if (!fits && c.refs > 1) {
            assertThrows(IllegalStateException.class, () -> pool.grow(c.address, payload));
            return;
        }
        long moved = pool.grow(c.address, payload);
        if (fits) assertEquals(c.address, moved, "in place while there is room");
        else c.bytes = c.bytes > 1L << MAX_LANE ? roundToPage(payload + HEADER) : cellBytes(payload);
        c.address = moved;
    }

    /** The bytes the pool should give a fresh cell of {@code payload} bytes. */
    static long cellBytes(long payload) {
        long total = payload + HEADER;
        return total > 1L << MAX_LANE ? roundToPage(total) : 1L << laneFor(total);
    }

    static long roundToPage(long bytes) { return (bytes + ArenaOs.PAGE - 1) / ArenaOs.PAGE * ArenaOs.PAGE; }

    private static void assertMatches(Pool pool, List<Cell> live) {
        PoolChecks.assertSound(pool);
        long used = 0, large = 0;
        for (Cell c : live) {
            used += c.bytes;
            if (c.bytes > 1L << MAX_LANE) large++;
            assertEquals(c.bytes - HEADER, pool.capacity(c.address));
            assertEquals(c.refs, pool.refs(c.address));
            assertEquals(c.tag, count(c.address));
            assertEquals(c.tag, Mem.getLong(payload(c.address)), "payload start kept");
            assertEquals(~c.tag, Mem.getLong(payload(c.address) + c.tagEnd), "payload end kept");
        }
        PoolStats s = pool.stats();
        assertEquals(used, s.used());
        assertEquals(large, s.largeCount());
        assertEquals(live.size(), s.cellsInUse());
        List<Cell> byAddress = new ArrayList<>(live);
        byAddress.sort(Comparator.comparingLong(c -> c.address));
        for (int i = 1; i < byAddress.size(); i++) {
            Cell a = byAddress.get(i - 1), b = byAddress.get(i);
            assertTrue(a.address + a.bytes <= b.address, "cells overlap");
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(8, payloads().map(Allocate::new)),
                Tuple.of(3, pick.map(Ci::new)),
                Tuple.of(6, pick.map(Cd::new)),
                Tuple.of(3, net.jqwik.api.Combinators.combine(pick, payloads()).as(Grow::new)),
                Tuple.of(1, Arbitraries.just(new Trim())));
        return step.list();
    }

    /** Sizes across every lane, small lanes most often (they are most of a K workspace), some large. */
    static Arbitrary<Long> payloads() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, inLanes(MIN_LANE, 12)),
                Tuple.of(4, inLanes(13, 18)),
                Tuple.of(2, inLanes(19, MAX_LANE)),
                Tuple.of(1, Arbitraries.longs().between((1L << MAX_LANE) - HEADER + 1, 3L << (MAX_LANE - 1))));
    }

    /** A payload whose cell falls in a lane drawn from {@code lo..hi}, anywhere in that lane. */
    private static Arbitrary<Long> inLanes(int lo, int hi) {
        return Arbitraries.integers().between(lo, hi).flatMap(lane -> Arbitraries.longs()
                .between(lane == MIN_LANE ? 0 : (1L << (lane - 1)) - HEADER + 1, (1L << lane) - HEADER));
    }
}

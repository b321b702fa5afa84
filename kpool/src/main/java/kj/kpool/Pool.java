package kj.kpool;

import static kj.kpool.CellLayout.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The one choke point for cell memory: allocate, grow, ci/cd and release, with exact statistics
 * and a workspace cap. See {@link CellLayout} for the glossary and the header.
 *
 * <p>Lanes 2^6 .. 2^25 bytes keep a free list threaded through their free cells. An empty lane
 * takes its next cell from a bump region in the newest chunk of that lane; a lane maps a new
 * chunk only when that region is used up. A chunk is {@value #CHUNK_BYTES} bytes (or one cell,
 * for larger lanes): one mmap serves 4096 cells of 64 bytes, untouched pages cost nothing,
 * and a chunk is small enough that {@link #trim()} can give whole chunks back.
 * A larger request gets a mapping of its own, unmapped as soon as its count reaches zero: anonymous
 * memory, or with {@link #setFileBacking} (above its threshold) a temp file with no name, so a
 * workspace can be larger than RAM. {@link #mapFile} makes a cell of a file mapped into memory;
 * {@link #setReserve} maps and touches memory at start-up that lanes take their chunks from first.
 * The workspace cap counts anonymous memory only: file-backed bytes are bounded by the disk.
 *
 * <p>Single-threaded by design: a pool belongs to one workspace, used by one thread at a time,
 * and has no locks. Two workspaces have two pools.
 */
public final class Pool {
    /** Debug mode (system property {@code kpool.debug}): a live-cell registry and poisoning. */
    public static final boolean DEBUG = Boolean.getBoolean("kpool.debug");
    public static final long CHUNK_BYTES = 256 * 1024;
    static final byte POISON = (byte) 0xDB;
    /** Larger requests fail with {@link WorkspaceFullException} before any size arithmetic can overflow. */
    static final long MAX_PAYLOAD = 1L << 48;
    private static final int LANES = MAX_LANE + 1;

    private final Os os;
    /** The system's page size, asked for when first needed (a large cell, a reserve). */
    private long pageSize;
    private Children children = (cell, visit) -> {};
    private final LongConsumer dropChild = this::dropChild;

    // Per lane, indexed by lane number (entries below MIN_LANE are unused).
    final long[] freeHead = new long[LANES];
    final long[] bump = new long[LANES];
    final long[] bumpEnd = new long[LANES];
    final long[] inUse = new long[LANES];
    final long[] peakInUse = new long[LANES];
    final long[] allocations = new long[LANES];
    final long[] freeCells = new long[LANES];
    final long[] carved = new long[LANES];
    final Chunks[] chunks = new Chunks[LANES];

    /** Large cells, anonymous and file-backed: the bytes of each mapping. */
    final Map<Long, Long> large = new HashMap<>();
    /** Mapped-file cells: where each mapping starts and how long it is. */
    final Map<Long, MappedFile> mappedFiles = new HashMap<>();
    record MappedFile(long base, long mappedBytes, long fileBytes) {}

    final Tally anonymousLarge = new Tally(), fileBacked = new Tally(), mappedFileCells = new Tally();
    Reserve reserve;
    private String fileDir;
    private long fileThreshold = 1L << MAX_LANE;
    private final Map<Long, Runnable> hooks = new HashMap<>();
    final Set<Long> live = DEBUG ? new HashSet<>() : null;

    private long used, peakUsed, mapped;
    /** The highest peak before the last {@link #resetPeak()}. */
    private long earlierPeak;
    private long mmapCalls, munmapCalls, mremapCalls;
    private long cap;

    private long[] pending = new long[64];
    private int pendingTop;
    private boolean draining;
    private boolean[] leaf = new boolean[256];

    public Pool(Os os) {
        this.os = os;
        for (int l = MIN_LANE; l <= MAX_LANE; l++) chunks[l] = new Chunks();
    }

    public void setChildren(Children children) { this.children = children; }

    /**
     * Names the kinds (by their low byte) whose cells never hold children: a child of such a
     * kind whose count reaches zero while its parent is released is freed at once instead of
     * going through the pending stack (the release of =x on 10^6 ints, 632k int vectors, takes
     * ~30 % less). The owner must name only kinds its {@link Children} visits nothing of.
     */
    public void setLeafKinds(int... kinds) {
        leaf = new boolean[256];
        for (int k : kinds) leaf[k & 0xFF] = true;
    }

    /** Sets the workspace cap on mapped bytes; 0 means none. */
    public void setCap(long bytes) { this.cap = Math.max(0, bytes); }

    public long cap() { return cap; }

    public long used() { return used; }

    /** Starts a new peak measurement from the bytes in use now (the REPL's \ts command). */
    public void resetPeak() {
        earlierPeak = maxUsed();
        peakUsed = used;
    }

    /** The most bytes ever in use at once, across every {@link #resetPeak()}. */
    public long maxUsed() { return Math.max(earlierPeak, peakUsed); }

    public long pageSize() {
        if (pageSize == 0) pageSize = os.pageSize();
        return pageSize;
    }

    /**
     * Makes every large cell of more than {@code thresholdBytes} a mapping of a temp file in
     * {@code dir} (null: none). The file has no name, so nothing is left in {@code dir} even when
     * the process is killed. When the directory refuses, the cell is anonymous memory after all.
     */
    public void setFileBacking(String dir, long thresholdBytes) {
        this.fileDir = dir;
        this.fileThreshold = Math.max(1L << MAX_LANE, thresholdBytes);
    }

    /**
     * Maps {@code bytes} (rounded up to a chunk) and touches every page now, so that the lanes
     * can always take that much without asking the system again. Once per pool.
     * @throws WorkspaceFullException past the cap or when the system refuses
     */
    public void setReserve(long bytes) {
        if (reserve != null) throw new IllegalStateException("the pool has its reserve already");
        if (bytes <= 0) return;
        long n = (bytes + CHUNK_BYTES - 1) / CHUNK_BYTES * CHUNK_BYTES;
        long base = mapChecked(n);
        os.adviseHuge(base, n);
        for (long off = 0, page = pageSize(); off < n; off += page) Mem.putByte(base + off, (byte) 0);
        reserve = new Reserve(base, n, CHUNK_BYTES);
    }

    static long chunkBytes(int lane) { return Math.max(CHUNK_BYTES, 1L << lane); }

    /**
     * A fresh cell with room for {@code payloadBytes}, one reference, the given kind and count.
     * @throws WorkspaceFullException past the cap or when the system refuses memory
     */
    public long allocate(long payloadBytes, int kind, long count) {
        if (Long.compareUnsigned(payloadBytes, MAX_PAYLOAD) > 0) checkSize(payloadBytes);
        long total = payloadBytes + HEADER;
        long cell;
        if (total > 1L << MAX_LANE) {
            cell = allocateLarge(total, kind);
        } else {
            int lane = laneFor(total);
            cell = freeHead[lane];
            if (cell != 0) {
                freeHead[lane] = Mem.getLong(cell);
                freeCells[lane]--;
            } else {
                cell = carve(lane);
            }
            Mem.putLong(cell, firstWord(lane, 0, kind));
            if (++inUse[lane] > peakInUse[lane]) peakInUse[lane] = inUse[lane];
            allocations[lane]++;
            used += 1L << lane;
            if (used > peakUsed) peakUsed = used;
        }
        Mem.putLong(cell + COUNT, count);
        if (DEBUG) live.add(cell);
        return cell;
    }

    private static void checkSize(long payloadBytes) {
        if (payloadBytes < 0) throw new IllegalArgumentException("negative size " + payloadBytes);
        throw new WorkspaceFullException(payloadBytes + " bytes is more than any workspace");
    }

    private long carve(int lane) {
        long size = 1L << lane;
        if (bump[lane] == bumpEnd[lane]) {
            long bytes = chunkBytes(lane);
            long base = reserve == null ? 0 : reserve.take(bytes);
            if (base == 0) base = mapChecked(bytes);
            chunks[lane].add(base);
            bump[lane] = base;
            bumpEnd[lane] = base + bytes;
        }
        long cell = bump[lane];
        bump[lane] += size;
        carved[lane]++;
        return cell;
    }

    private long allocateLarge(long total, int kind) {
        long bytes = roundToPage(total);
        long cell = 0;
        int flags = FLAG_LARGE;
        if (fileDir != null && bytes > fileThreshold && (cell = os.mapTemp(fileDir, bytes)) != 0) {
            mmapCalls++;
            mapped += bytes;
            flags |= FLAG_FILE;
            fileBacked.add(bytes);
        } else {
            cell = mapChecked(bytes);
            os.adviseHuge(cell, bytes);
            anonymousLarge.add(bytes);
        }
        large.put(cell, bytes);
        used += bytes;
        if (used > peakUsed) peakUsed = used;
        Mem.putLong(cell, firstWord(LARGE_LANE, flags, kind));
        return cell;
    }

    /**
     * A cell over the file at {@code path} ({@code fileBytes} long), mapped privately: the header
     * goes over the 16 file bytes at {@code headerAt} (in this process's copy of that page; the
     * file never changes), so the payload is the file from {@code headerAt + 16} on. The cell has
     * one reference, the given kind and count, and is never unique: an update copies it. Its
     * mapping goes when its count reaches zero. Returns 0 when the file cannot be mapped.
     */
    public long mapFile(String path, long fileBytes, long headerAt, int kind, long count) {
        if (headerAt < 0 || headerAt + HEADER > fileBytes)
            throw new IllegalArgumentException("header at " + headerAt + " of a " + fileBytes + "-byte file");
        long base = os.mapFile(path, fileBytes);
        if (base == 0) return 0;
        long bytes = roundToPage(fileBytes);
        mmapCalls++;
        mapped += bytes;
        used += bytes;
        if (used > peakUsed) peakUsed = used;
        mappedFileCells.add(bytes);
        long cell = base + headerAt;
        mappedFiles.put(cell, new MappedFile(base, bytes, fileBytes));
        Mem.putLong(cell, firstWord(LARGE_LANE, FLAG_MAPPED, kind));
        Mem.putLong(cell + COUNT, count);
        if (DEBUG) live.add(cell);
        return cell;
    }

    private long mapChecked(long bytes) {
        admit(bytes);
        long a = os.map(bytes);
        if (a == 0) {
            trim();
            a = os.map(bytes);
            if (a == 0) throw new WorkspaceFullException("the system refused " + bytes + " bytes");
        }
        mmapCalls++;
        mapped += bytes;
        return a;
    }

    /** Makes room under the cap for {@code bytes} more, trimming first; throws if it cannot. */
    private void admit(long bytes) {
        if (cap > 0 && anonymousMapped() + bytes > cap) {
            trim();
            if (anonymousMapped() + bytes > cap)
                throw new WorkspaceFullException("workspace cap of " + cap + " bytes reached");
        }
    }

    /** The mapped bytes the cap limits: all but file-backed cells and mapped files. */
    private long anonymousMapped() { return mapped - fileBacked.bytes() - mappedFileCells.bytes(); }

    private long roundToPage(long bytes) {
        long page = pageSize();
        return (bytes + page - 1) / page * page;
    }

    /** Adds a reference: O(1), children untouched. */
    public void ci(long cell) {
        if (DEBUG) checkLive(cell, "ci");
        Mem.putInt(cell + REFS, Mem.getInt(cell + REFS) + 1);
    }

    /**
     * {@link #ci} for a caller that does not have the cell's pool at hand: the count lives in the
     * cell, so no pool is needed. Not in debug mode, whose checks need the pool ({@link #ci}).
     */
    public static void retain(long cell) { Mem.putInt(cell + REFS, Mem.getInt(cell + REFS) + 1); }

    /** {@link #retain} k times over, in one write. */
    public static void retain(long cell, int k) { Mem.putInt(cell + REFS, Mem.getInt(cell + REFS) + k); }

    /**
     * The first half of {@link #cd} for a caller without the cell's pool at hand: drops a
     * reference when it is not the last and says so; false (count untouched) when the caller
     * must call {@link #cd} on the cell's pool to free it. Not in debug mode.
     */
    public static boolean releaseShared(long cell) {
        int refs = Mem.getInt(cell + REFS);
        if (refs <= 1) return false;
        Mem.putInt(cell + REFS, refs - 1);
        return true;
    }

    /**
     * Drops a reference; at zero the cell is freed at once and its children are dropped too.
     * Address 0 (an unset slot) is no cell: a no-op.
     */
    public void cd(long cell) {
        if (cell == 0) return;
        if (DEBUG) checkLive(cell, "cd");
        int refs = Mem.getInt(cell + REFS) - 1;
        if (refs > 0) {
            Mem.putInt(cell + REFS, refs);
            return;
        }
        releaseLast(cell);
    }

    /**
     * The second half of {@link #cd}, after {@link #releaseShared} said false: frees a cell whose
     * last reference the caller drops (its count was read as 1), with no second read of the count.
     * Not in debug mode, whose checks are {@link #cd}'s.
     */
    public void releaseLast(long cell) {
        Mem.putInt(cell + REFS, 0);
        if (draining) {
            pend(cell);
            return;
        }
        drain(cell);
    }

    /** Frees the cell and, through the pending stack, every child whose count reaches zero. */
    private void drain(long cell) {
        draining = true;
        try {
            long c = cell;
            while (true) {
                children.forEach(c, dropChild);
                free(c);
                if (pendingTop == 0) break;
                c = pending[--pendingTop];
            }
        } finally {
            draining = false;
            // A long list leaves a big stack behind; do not keep megabytes for one release.
            if (pendingTop == 0 && pending.length > 1 << 16) pending = new long[64];
        }
    }

    /**
     * {@link #cd} of a child while its parent is released: the first header word, read once,
     * gives the count, the flags and the kind, so that a leaf child in a lane (most of the
     * 632k int vectors of =x) costs one read and one write, the free list's link.
     */
    private void dropChild(long cell) {
        if (cell == 0) return;
        if (DEBUG) {
            cd(cell);
            return;
        }
        long w = Mem.getLong(cell);
        int refs = (int) w;
        if (refs > 1) {
            Mem.putInt(cell + REFS, refs - 1);
            return;
        }
        boolean isLeaf = leaf[(int) (w >>> 48) & 0xFF];
        if (isLeaf && (w & FLAG_WORD_MASK) == 0) {
            freeInLane(cell, (int) (w >>> 32) & 0xFF);
            return;
        }
        Mem.putInt(cell + REFS, 0);
        if (isLeaf) free(cell);
        else push(cell);
    }

    /** The flags byte of a first header word. */
    private static final long FLAG_WORD_MASK = 0xFFL << 40;

    /** A child that died during a release: freed now when it holds no children, else pushed (out of line: cd stays small). */
    private void pend(long cell) {
        if (leaf[kind(cell) & 0xFF]) free(cell);
        else push(cell);
    }

    private void push(long cell) {
        if (pendingTop == pending.length) pending = java.util.Arrays.copyOf(pending, pendingTop * 2);
        pending[pendingTop++] = cell;
    }

    private void checkLive(long cell, String what) {
        if (!live.contains(cell))
            throw new IllegalStateException(what + " of a cell that is not live: 0x" + Long.toHexString(cell));
        if (Mem.getInt(cell + REFS) <= 0)
            throw new IllegalStateException(what + " of a cell with count " + Mem.getInt(cell + REFS));
    }

    /** See {@link CellLayout#isUnique}: one reference and not a mapped file. */
    public boolean isUnique(long cell) { return CellLayout.isUnique(cell); }

    public int refs(long cell) { return Mem.getInt(cell + REFS); }

    /** Payload bytes the cell can hold without moving. */
    public long capacity(long cell) {
        if ((flags(cell) & FLAG_MAPPED) == 0) return sizeOf(cell) - HEADER;
        MappedFile m = mappedFiles.get(cell);
        return m.base + m.fileBytes - cell - HEADER;
    }

    /** The bytes the cell takes: its lane's cell size, its large mapping, or its file's whole mapping. */
    public long sizeOf(long cell) {
        int lane = CellLayout.lane(cell);
        if (lane != LARGE_LANE) return 1L << lane;
        if ((flags(cell) & FLAG_MAPPED) == 0) return large.get(cell);
        return mappedFiles.get(cell).mappedBytes;
    }

    /**
     * Makes room for {@code payloadBytes}: in place while the cell's lane (or mapping) has room,
     * else the cell moves (header and payload copied, the old cell released without touching its
     * children). Only a unique cell may grow past its room. Returns the cell's address.
     */
    public long grow(long cell, long payloadBytes) {
        if (Long.compareUnsigned(payloadBytes, MAX_PAYLOAD) > 0) checkSize(payloadBytes);
        long total = payloadBytes + HEADER;
        long room = capacity(cell) + HEADER;
        int flags = flags(cell);
        // A mapped file is never written in place: it moves even when it has room.
        if (total <= room && (flags & FLAG_MAPPED) == 0) return cell;
        if (Mem.getInt(cell + REFS) != 1)
            throw new IllegalStateException("grow of a shared cell (count " + refs(cell) + ")");
        // A temp file would have to grow before its mapping: such a cell moves instead.
        if ((flags & (FLAG_LARGE | FLAG_FILE)) == FLAG_LARGE) return remapLarge(cell, room, roundToPage(total));
        long fresh = allocate(payloadBytes, kind(cell), count(cell));
        Mem.copy(cell + HEADER, fresh + HEADER, Math.min(room, total) - HEADER);
        if ((flags & FLAG_HOOK) != 0) {
            // The hook belongs to the value, not to the old memory: it must not run at this free.
            hooks.put(fresh, hooks.remove(cell));
            Mem.putByte(fresh + FLAGS, (byte) (flags(fresh) | FLAG_HOOK));
            Mem.putByte(cell + FLAGS, (byte) (flags & ~FLAG_HOOK));
        }
        free(cell);
        return fresh;
    }

    private long remapLarge(long cell, long oldBytes, long newBytes) {
        admit(newBytes - oldBytes);
        long moved = os.remap(cell, oldBytes, newBytes);
        if (moved == 0) throw new WorkspaceFullException("the system refused to grow to " + newBytes + " bytes");
        mremapCalls++;
        large.remove(cell);
        large.put(moved, newBytes);
        long delta = newBytes - oldBytes;
        mapped += delta;
        anonymousLarge.resize(delta);
        used += delta;
        if (used > peakUsed) peakUsed = used;
        if (DEBUG) {
            live.remove(cell);
            live.add(moved);
        }
        // The old address may be unmapped now: read the moved header only.
        if ((flags(moved) & FLAG_HOOK) != 0) hooks.put(moved, hooks.remove(cell));
        return moved;
    }

    /** Runs {@code hook} when the cell is freed (before its memory is reused). */
    public void setReleaseHook(long cell, Runnable hook) {
        hooks.put(cell, hook);
        Mem.putByte(cell + FLAGS, (byte) (flags(cell) | FLAG_HOOK));
    }

    /** Returns the cell's memory to its lane (or the system); children are the caller's concern. */
    private void free(long cell) {
        int flags = flags(cell);
        if (flags != 0) {
            // hooks, large cells, mapped files: rare, kept out of the lanes' path, which is the JIT's to inline
            freeFlagged(cell, flags);
            return;
        }
        if (DEBUG) live.remove(cell);
        freeInLane(cell);
    }

    private void freeFlagged(long cell, int flags) {
        if ((flags & FLAG_HOOK) != 0) hooks.remove(cell).run();
        if (DEBUG) live.remove(cell);
        if ((flags & FLAG_MAPPED) != 0) {
            MappedFile m = mappedFiles.remove(cell);
            os.unmap(m.base, m.mappedBytes);
            munmapCalls++;
            mapped -= m.mappedBytes;
            used -= m.mappedBytes;
            mappedFileCells.remove(m.mappedBytes);
            return;
        }
        if ((flags & FLAG_LARGE) != 0) {
            long bytes = large.remove(cell);
            os.unmap(cell, bytes);
            munmapCalls++;
            mapped -= bytes;
            ((flags & FLAG_FILE) != 0 ? fileBacked : anonymousLarge).remove(bytes);
            used -= bytes;
            return;
        }
        freeInLane(cell);
    }

    private void freeInLane(long cell) { freeInLane(cell, CellLayout.lane(cell)); }

    private void freeInLane(long cell, int lane) {
        if (DEBUG) Mem.fill(cell + 8, (1L << lane) - 8, POISON);
        Mem.putLong(cell, freeHead[lane]);
        freeHead[lane] = cell;
        freeCells[lane]++;
        inUse[lane]--;
        used -= 1L << lane;
    }

    /**
     * Gives every wholly free chunk back to the system (or to the reserve it came from); returns
     * the bytes unmapped.
     */
    public long trim() {
        long returned = 0;
        for (int lane = MIN_LANE; lane <= MAX_LANE; lane++) returned += trimLane(lane);
        return returned;
    }

    private long trimLane(int lane) {
        Chunks cs = chunks[lane];
        if (cs.size() == 0 || freeCells[lane] == 0) return 0;
        long size = 1L << lane, chunk = chunkBytes(lane);
        int[] free = new int[cs.size()];
        for (long c = freeHead[lane]; c != 0; c = Mem.getLong(c)) free[cs.find(c, chunk)]++;
        boolean[] empty = new boolean[cs.size()];
        boolean any = false;
        for (int i = 0; i < cs.size(); i++) {
            empty[i] = free[i] == carvedIn(lane, cs.base(i)) / size && free[i] > 0;
            any |= empty[i];
        }
        if (!any) return 0;
        long head = 0, kept = 0;
        for (long c = freeHead[lane], next; c != 0; c = next) {
            next = Mem.getLong(c);
            if (!empty[cs.find(c, chunk)]) {
                Mem.putLong(c, head);
                head = c;
                kept++;
            }
        }
        freeHead[lane] = head;
        long returned = 0;
        for (int i = cs.size() - 1; i >= 0; i--) {
            if (!empty[i]) continue;
            long base = cs.base(i);
            carved[lane] -= carvedIn(lane, base) / size;
            if (base <= bump[lane] && bump[lane] <= base + chunk) bump[lane] = bumpEnd[lane] = 0;
            cs.removeAt(i);
            if (reserve != null && reserve.contains(base)) {
                reserve.give(base, chunk);
                continue;
            }
            os.unmap(base, chunk);
            munmapCalls++;
            mapped -= chunk;
            returned += chunk;
        }
        freeCells[lane] = kept;
        return returned;
    }

    /** Bytes carved into cells in the chunk at {@code base}: all of it unless it is the bump chunk. */
    long carvedIn(int lane, long base) {
        long chunk = chunkBytes(lane);
        boolean isBumpChunk = bumpEnd[lane] == base + chunk;
        return isBumpChunk ? bump[lane] - base : chunk;
    }

    /**
     * Gives every mapping back to the system, whatever is still in use: the owner ends the
     * workspace with it, and no cell of this pool may be touched afterwards. Idempotent.
     */
    public void close() {
        for (Runnable hook : List.copyOf(hooks.values())) hook.run();
        hooks.clear();
        for (int lane = MIN_LANE; lane <= MAX_LANE; lane++) {
            Chunks cs = chunks[lane];
            for (int i = cs.size() - 1; i >= 0; i--) {
                if (reserve != null && reserve.contains(cs.base(i))) {
                    reserve.give(cs.base(i), chunkBytes(lane));
                } else {
                    os.unmap(cs.base(i), chunkBytes(lane));
                    munmapCalls++;
                    mapped -= chunkBytes(lane);
                }
                cs.removeAt(i);
            }
            freeHead[lane] = bump[lane] = bumpEnd[lane] = 0;
            used -= inUse[lane] << lane;
            inUse[lane] = freeCells[lane] = carved[lane] = 0;
        }
        for (var e : large.entrySet()) {
            ((flags(e.getKey()) & FLAG_FILE) != 0 ? fileBacked : anonymousLarge).remove(e.getValue());
            os.unmap(e.getKey(), e.getValue());
            munmapCalls++;
            mapped -= e.getValue();
            used -= e.getValue();
        }
        large.clear();
        for (MappedFile m : mappedFiles.values()) {
            os.unmap(m.base, m.mappedBytes);
            munmapCalls++;
            mapped -= m.mappedBytes;
            used -= m.mappedBytes;
            mappedFileCells.remove(m.mappedBytes);
        }
        mappedFiles.clear();
        if (reserve != null) {
            os.unmap(reserve.base, reserve.bytes);
            munmapCalls++;
            mapped -= reserve.bytes;
            reserve = null;
        }
        if (DEBUG) live.clear();
    }

    public PoolStats stats() {
        List<LaneStats> lanes = new ArrayList<>(LANES - MIN_LANE);
        long everAllocated = 0;
        for (int l = MIN_LANE; l <= MAX_LANE; l++) {
            lanes.add(new LaneStats(l, 1L << l, inUse[l], peakInUse[l], allocations[l], freeCells[l],
                    (long) chunks[l].size() * chunkBytes(l)));
            everAllocated += allocations[l] << l;
        }
        CellStats anon = anonymousLarge.snapshot(), file = fileBacked.snapshot(), files = mappedFileCells.snapshot();
        everAllocated += anon.bytes().total() + file.bytes().total() + files.bytes().total();
        return new PoolStats(List.copyOf(lanes), large.size(), anonymousLarge.bytes() + fileBacked.bytes(), used,
                peakUsed, mapped, mmapCalls, munmapCalls, mremapCalls, cap, anon, file, files,
                new Stat(used, maxUsed(), everAllocated), reserve == null ? 0 : reserve.bytes,
                reserve == null ? 0 : reserve.inLanes, fileDir, fileThreshold);
    }

    /** Walks every lane and checks the free lists and counters; see {@link PoolAudit}. */
    public AuditReport audit() { return PoolAudit.run(this); }

    /**
     * What the roots keep alive: the cells they reach through {@link Children}, the cells in use
     * that none reaches (leaked), and every reached cell whose count differs from the references
     * found to it (each root counts as one). In debug mode the leaked cells are listed too.
     */
    public ReachReport reach(long... roots) { return Reach.run(this, children, roots); }
}

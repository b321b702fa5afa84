package kj.kpool;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Os} for tests over plain {@link Arena}s, one arena per mapping so that unmap really
 * gives memory back. It records every call so tests can assert on them, and can be told to
 * refuse maps or remaps the way a system out of memory would (by returning 0).
 */
final class ArenaOs implements Os, AutoCloseable {
    static final long PAGE = 4096;

    record Call(String op, long address, long bytes, long newBytes) {}

    private final Map<Long, Arena> arenas = new HashMap<>();
    private final Map<Long, Long> sizes = new HashMap<>();
    final List<Call> calls = new ArrayList<>();
    int maps, unmaps, remaps, refusedMaps, hugeAdvice, fileMaps, tempMaps;
    /** The directory of each temp mapping, by address. */
    final Map<Long, String> tempDirs = new HashMap<>();
    boolean refuseMaps, refuseRemaps;

    @Override
    public long map(long bytes) {
        if (bytes <= 0 || bytes % PAGE != 0) throw new AssertionError("map of " + bytes + " bytes, not whole pages");
        if (refuseMaps) {
            refusedMaps++;
            return 0;
        }
        Arena arena = Arena.ofShared();
        long address = arena.allocate(bytes, PAGE).address();
        arenas.put(address, arena);
        sizes.put(address, bytes);
        maps++;
        calls.add(new Call("map", address, bytes, 0));
        return address;
    }

    /** A private copy of the file: what MAP_PRIVATE gives, written back never. */
    @Override
    public long mapFile(String path, long bytes) {
        byte[] content;
        try {
            content = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            return 0;
        }
        long size = (bytes + PAGE - 1) / PAGE * PAGE;
        Arena arena = Arena.ofShared();
        MemorySegment m = arena.allocate(size, PAGE);
        MemorySegment.copy(content, 0, m, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, (int) Math.min(bytes, content.length));
        arenas.put(m.address(), arena);
        sizes.put(m.address(), size);
        fileMaps++;
        calls.add(new Call("mapFile", m.address(), bytes, 0));
        return m.address();
    }

    @Override
    public long mapTemp(String dir, long bytes) {
        if (refuseMaps) {
            refusedMaps++;
            return 0;
        }
        Arena arena = Arena.ofShared();
        long address = arena.allocate(bytes, PAGE).address();
        arenas.put(address, arena);
        sizes.put(address, bytes);
        tempDirs.put(address, dir);
        tempMaps++;
        calls.add(new Call("mapTemp", address, bytes, 0));
        return address;
    }

    @Override
    public void unmap(long address, long bytes) {
        Long size = sizes.remove(address);
        if (size == null) throw new AssertionError("unmap of 0x" + Long.toHexString(address) + ", not mapped");
        if (size != bytes) throw new AssertionError("unmap of " + bytes + " bytes, mapped " + size);
        arenas.remove(address).close();
        unmaps++;
        calls.add(new Call("unmap", address, bytes, 0));
    }

    @Override
    public long remap(long address, long oldBytes, long newBytes) {
        Long size = sizes.get(address);
        if (size == null || size != oldBytes) throw new AssertionError("remap of a mapping it does not know");
        if (refuseRemaps) return 0;
        Arena arena = Arena.ofShared();
        MemorySegment fresh = arena.allocate(newBytes, PAGE);
        MemorySegment.copy(Mem.ALL, address, fresh, 0, Math.min(oldBytes, newBytes));
        sizes.remove(address);
        arenas.remove(address).close();
        arenas.put(fresh.address(), arena);
        sizes.put(fresh.address(), newBytes);
        remaps++;
        calls.add(new Call("remap", address, oldBytes, newBytes));
        return fresh.address();
    }

    @Override
    public void adviseHuge(long address, long bytes) { hugeAdvice++; }

    @Override
    public long pageSize() { return PAGE; }

    /** Mappings not yet given back. */
    int liveMappings() { return sizes.size(); }

    long liveBytes() { return sizes.values().stream().mapToLong(Long::longValue).sum(); }

    boolean isMapped(long address) { return sizes.containsKey(address); }

    /** Frees whatever the pool under test still holds. */
    @Override
    public void close() {
        arenas.values().forEach(Arena::close);
        arenas.clear();
        sizes.clear();
    }
}

package kj.kpool;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@link Os} over Linux's mmap, munmap, mremap and madvise (and open, ftruncate, close for file
 * mappings), called through FFM downcalls.
 */
public final class NativeOs implements Os {
    private static final int PROT_READ = 1, PROT_WRITE = 2;
    private static final int MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000;
    private static final int O_RDONLY = 0, O_RDWR = 2, O_CLOEXEC = 0x80000, O_TMPFILE = 0x410000;
    private static final int MREMAP_MAYMOVE = 1;
    private static final int MADV_HUGEPAGE = 14;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1;

    private static final MethodHandle MMAP, MUNMAP, MREMAP, MADVISE, SYSCONF, OPEN, CLOSE, FTRUNCATE, MKSTEMP, UNLINK;

    static {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        var j = ValueLayout.JAVA_LONG;
        var i = ValueLayout.JAVA_INT;
        MMAP = linker.downcallHandle(libc.findOrThrow("mmap"),
                FunctionDescriptor.of(j, j, j, i, i, i, j));
        MUNMAP = linker.downcallHandle(libc.findOrThrow("munmap"), FunctionDescriptor.of(i, j, j));
        MREMAP = linker.downcallHandle(libc.findOrThrow("mremap"), FunctionDescriptor.of(j, j, j, j, i));
        MADVISE = linker.downcallHandle(libc.findOrThrow("madvise"), FunctionDescriptor.of(i, j, j, i));
        SYSCONF = linker.downcallHandle(libc.findOrThrow("sysconf"), FunctionDescriptor.of(j, i));
        var a = ValueLayout.ADDRESS;
        OPEN = linker.downcallHandle(libc.findOrThrow("open"), FunctionDescriptor.of(i, a, i, i),
                Linker.Option.firstVariadicArg(2));
        CLOSE = linker.downcallHandle(libc.findOrThrow("close"), FunctionDescriptor.of(i, i));
        FTRUNCATE = linker.downcallHandle(libc.findOrThrow("ftruncate"), FunctionDescriptor.of(i, i, j));
        MKSTEMP = linker.downcallHandle(libc.findOrThrow("mkstemp"), FunctionDescriptor.of(i, a));
        UNLINK = linker.downcallHandle(libc.findOrThrow("unlink"), FunctionDescriptor.of(i, a));
    }

    private final long pageSize;

    public NativeOs() {
        try {
            pageSize = (long) SYSCONF.invokeExact(SC_PAGESIZE);
        } catch (Throwable t) {
            throw new IllegalStateException("sysconf failed", t);
        }
    }

    @Override
    public long map(long bytes) {
        try {
            long a = (long) MMAP.invokeExact(0L, bytes, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0L);
            return a == MAP_FAILED ? 0 : a;
        } catch (Throwable t) {
            throw new IllegalStateException("mmap failed", t);
        }
    }

    @Override
    public void unmap(long address, long bytes) {
        try {
            int r = (int) MUNMAP.invokeExact(address, bytes);
            if (r != 0) throw new IllegalStateException("munmap failed at " + Long.toHexString(address));
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("munmap failed", t);
        }
    }

    @Override
    public long remap(long address, long oldBytes, long newBytes) {
        try {
            long a = (long) MREMAP.invokeExact(address, oldBytes, newBytes, MREMAP_MAYMOVE);
            return a == MAP_FAILED ? 0 : a;
        } catch (Throwable t) {
            throw new IllegalStateException("mremap failed", t);
        }
    }

    @Override
    public long mapFile(String path, long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) OPEN.invokeExact(arena.allocateFrom(path), O_RDONLY | O_CLOEXEC, 0);
            if (fd < 0) return 0;
            try {
                long a = (long) MMAP.invokeExact(0L, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_NORESERVE, fd, 0L);
                return a == MAP_FAILED ? 0 : a;
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("mmap of " + path + " failed", t);
        }
    }

    @Override
    public long mapTemp(String dir, long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) OPEN.invokeExact(arena.allocateFrom(dir), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
            if (fd < 0) {
                // A file system without O_TMPFILE: a named file, unlinked before it is used.
                MemorySegment name = arena.allocateFrom(dir + "/kj-XXXXXX");
                fd = (int) MKSTEMP.invokeExact(name);
                if (fd < 0) return 0;
                int ignored = (int) UNLINK.invokeExact(name);
            }
            try {
                if ((int) FTRUNCATE.invokeExact(fd, bytes) != 0) return 0;
                long a = (long) MMAP.invokeExact(0L, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0L);
                return a == MAP_FAILED ? 0 : a;
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("mmap of a file in " + dir + " failed", t);
        }
    }

    @Override
    public void adviseHuge(long address, long bytes) {
        try {
            int ignored = (int) MADVISE.invokeExact(address, bytes, MADV_HUGEPAGE);
        } catch (Throwable t) {
            throw new IllegalStateException("madvise failed", t);
        }
    }

    @Override
    public long pageSize() { return pageSize; }

}

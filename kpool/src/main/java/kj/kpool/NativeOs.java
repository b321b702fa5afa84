package kj.kpool;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** {@link Os} over Linux's mmap, munmap, mremap and madvise, called through FFM downcalls. */
public final class NativeOs implements Os {
    private static final int PROT_READ = 1, PROT_WRITE = 2;
    private static final int MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000;
    private static final int MREMAP_MAYMOVE = 1;
    private static final int MADV_HUGEPAGE = 14;
    private static final int SC_PAGESIZE = 30;
    private static final long MAP_FAILED = -1;

    private static final MethodHandle MMAP, MUNMAP, MREMAP, MADVISE, SYSCONF;

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

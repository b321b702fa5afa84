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

    /*
     * Each downcall handle is made on first use, in a holder class of its own: making one spins
     * a class or two at run time (about 6 ms each on this machine kind, and work queued for the
     * JIT), and a session that maps no file needs only the memory calls' one (see Sys) and
     * sysconf's. All ten made at start-up took 65 of the 185 ms of `k` on an empty script.
     */
    private static final Linker LINKER = Linker.nativeLinker();
    private static final ValueLayout.OfLong J = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout A = ValueLayout.ADDRESS;

    private static MethodHandle downcall(String name, FunctionDescriptor f, Linker.Option... options) {
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), f, options);
    }

    /*
     * On x86-64 and AArch64 the memory calls go through libc's syscall(2) with the call's number:
     * one downcall handle, spun once (by the first mmap, at start-up), where one per function
     * spun each on its first use, inside whichever statement first freed a large cell or grew
     * one (`x:0` after `x:!5000000`: 6-10 ms the first time, 0 after). Elsewhere the functions
     * themselves.
     */
    private static final class Sys {
        static final long MMAP, MUNMAP, MREMAP, MADVISE;
        static final MethodHandle H;

        static {
            long[] nr = switch (System.getProperty("os.arch")) {
                case "amd64", "x86_64" -> new long[] {9, 11, 25, 28};
                case "aarch64" -> new long[] {222, 215, 216, 233};
                default -> null;
            };
            H = nr == null ? null
                    : downcall("syscall", FunctionDescriptor.of(J, J, J, J, J, J, J, J), Linker.Option.firstVariadicArg(1));
            long[] k = nr == null ? new long[4] : nr;
            MMAP = k[0];
            MUNMAP = k[1];
            MREMAP = k[2];
            MADVISE = k[3];
        }
    }

    private static long mmap(long address, long bytes, int prot, int flags, int fd, long offset) throws Throwable {
        if (Sys.H == null) return (long) Mmap.H.invokeExact(address, bytes, prot, flags, fd, offset);
        return (long) Sys.H.invokeExact(Sys.MMAP, address, bytes, (long) prot, (long) flags, (long) fd, offset);
    }

    private static int munmap(long address, long bytes) throws Throwable {
        if (Sys.H == null) return (int) Munmap.H.invokeExact(address, bytes);
        return (int) (long) Sys.H.invokeExact(Sys.MUNMAP, address, bytes, 0L, 0L, 0L, 0L);
    }

    private static long mremap(long address, long oldBytes, long newBytes, int flags) throws Throwable {
        if (Sys.H == null) return (long) Mremap.H.invokeExact(address, oldBytes, newBytes, flags);
        return (long) Sys.H.invokeExact(Sys.MREMAP, address, oldBytes, newBytes, (long) flags, 0L, 0L);
    }

    private static int madvise(long address, long bytes, int advice) throws Throwable {
        if (Sys.H == null) return (int) Madvise.H.invokeExact(address, bytes, advice);
        return (int) (long) Sys.H.invokeExact(Sys.MADVISE, address, bytes, (long) advice, 0L, 0L, 0L);
    }

    private static final class Mmap { static final MethodHandle H = downcall("mmap", FunctionDescriptor.of(J, J, J, I, I, I, J)); }
    private static final class Munmap { static final MethodHandle H = downcall("munmap", FunctionDescriptor.of(I, J, J)); }
    private static final class Mremap { static final MethodHandle H = downcall("mremap", FunctionDescriptor.of(J, J, J, J, I)); }
    private static final class Madvise { static final MethodHandle H = downcall("madvise", FunctionDescriptor.of(I, J, J, I)); }
    private static final class Sysconf { static final MethodHandle H = downcall("sysconf", FunctionDescriptor.of(J, I)); }

    /** The calls of file mappings: open, close, ftruncate, mkstemp, unlink. */
    private static final class Files {
        static final MethodHandle OPEN = downcall("open", FunctionDescriptor.of(I, A, I, I), Linker.Option.firstVariadicArg(2));
        static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(I, I));
        static final MethodHandle FTRUNCATE = downcall("ftruncate", FunctionDescriptor.of(I, I, J));
        static final MethodHandle MKSTEMP = downcall("mkstemp", FunctionDescriptor.of(I, A));
        static final MethodHandle UNLINK = downcall("unlink", FunctionDescriptor.of(I, A));
    }

    private long pageSize;

    public NativeOs() {}

    @Override
    public long map(long bytes) {
        try {
            long a = mmap(0L, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0L);
            return a == MAP_FAILED ? 0 : a;
        } catch (Throwable t) {
            throw new IllegalStateException("mmap failed", t);
        }
    }

    @Override
    public void unmap(long address, long bytes) {
        try {
            int r = munmap(address, bytes);
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
            long a = mremap(address, oldBytes, newBytes, MREMAP_MAYMOVE);
            return a == MAP_FAILED ? 0 : a;
        } catch (Throwable t) {
            throw new IllegalStateException("mremap failed", t);
        }
    }

    @Override
    public long mapFile(String path, long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) Files.OPEN.invokeExact(arena.allocateFrom(path), O_RDONLY | O_CLOEXEC, 0);
            if (fd < 0) return 0;
            try {
                long a = mmap(0L, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_NORESERVE, fd, 0L);
                return a == MAP_FAILED ? 0 : a;
            } finally {
                int ignored = (int) Files.CLOSE.invokeExact(fd);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("mmap of " + path + " failed", t);
        }
    }

    @Override
    public long mapTemp(String dir, long bytes) {
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) Files.OPEN.invokeExact(arena.allocateFrom(dir), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
            if (fd < 0) {
                // A file system without O_TMPFILE: a named file, unlinked before it is used.
                MemorySegment name = arena.allocateFrom(dir + "/kj-XXXXXX");
                fd = (int) Files.MKSTEMP.invokeExact(name);
                if (fd < 0) return 0;
                int ignored = (int) Files.UNLINK.invokeExact(name);
            }
            try {
                if ((int) Files.FTRUNCATE.invokeExact(fd, bytes) != 0) return 0;
                long a = mmap(0L, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0L);
                return a == MAP_FAILED ? 0 : a;
            } finally {
                int ignored = (int) Files.CLOSE.invokeExact(fd);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("mmap of a file in " + dir + " failed", t);
        }
    }

    @Override
    public void adviseHuge(long address, long bytes) {
        try {
            int ignored = madvise(address, bytes, MADV_HUGEPAGE);
        } catch (Throwable t) {
            throw new IllegalStateException("madvise failed", t);
        }
    }

    @Override
    public long pageSize() {
        if (pageSize == 0) {
            try {
                pageSize = (long) Sysconf.H.invokeExact(SC_PAGESIZE);
            } catch (Throwable t) {
                throw new IllegalStateException("sysconf failed", t);
            }
        }
        return pageSize;
    }

}

package kj.kpool;

/**
 * Memory mapped and touched at start-up ({@code k -r MB}), cut into slots of
 * {@link Pool#CHUNK_BYTES}. A lane that needs a chunk takes a run of free slots here before it
 * asks the system, and {@link Pool#trim()} hands such chunks back here, not to the system:
 * so the pages a session started with stay its own.
 */
final class Reserve {
    final long base, bytes;
    private final long slot;
    private final boolean[] taken;
    /** Bytes of the reserve that lanes hold as chunks now. */
    long inLanes;

    Reserve(long base, long bytes, long slot) {
        this.base = base;
        this.bytes = bytes;
        this.slot = slot;
        this.taken = new boolean[(int) (bytes / slot)];
    }

    /** The first run of free slots that holds {@code n} bytes (a slot multiple), or 0. */
    long take(long n) {
        int want = (int) (n / slot), run = 0;
        for (int i = 0; i < taken.length; i++) {
            run = taken[i] ? 0 : run + 1;
            if (run == want) {
                int first = i - want + 1;
                for (int j = first; j <= i; j++) taken[j] = true;
                inLanes += n;
                return base + first * slot;
            }
        }
        return 0;
    }

    boolean contains(long address) { return address - base >= 0 && address - base < bytes; }

    void give(long address, long n) {
        int first = (int) ((address - base) / slot);
        for (int j = first; j < first + n / slot; j++) taken[j] = false;
        inLanes -= n;
    }
}

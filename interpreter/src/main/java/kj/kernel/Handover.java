package kj.kernel;

/**
 * When a kernel family's direct loop takes over from its chunked one. A chunked loop bulk-copies
 * the items onto the heap and back; the copies are intrinsics at every tier, so it runs near its
 * warm speed from a process's first call. A direct loop reads and writes the items where they lie
 * (FFM accesses of the payload): as fast as a loop over a {@code long[]} once C2 has compiled it,
 * 3–4× slower than the chunked loop before (JMH, running sum of 10^5 ints: direct 32 µs warm and
 * 400 under C1 only, chunked 60 and 118, the {@code long[]} loop 33).
 *
 * <p>Until the family is ready, each call gives its direct loop the first {@link #LEAD} items
 * (all of them when there are no more), so the direct loop is profiled and compiled by C2 on the
 * way, at little cost before then. After {@link #READY} such calls, when C2 has long since
 * compiled a loop invoked that often, the direct loop takes every item. Each thread counts its
 * own calls ({@link Scratch} holds one per family), so the count is no state shared between
 * workspaces; whether the JVM compiles direct loops well is asked once for the process.
 */
final class Handover {
    static final int LEAD = 64;
    /** The direct loops run in blocks of this many items, between which the thread polls for an interrupt. */
    static final int BLOCK = 1 << 16;
    private static final int READY = 4096;
    /** Calls before the direct loop gets its first items: 0, or later for a family that script code calls a few times. */
    private final int lead;
    private int calls;

    Handover() { this(0); }

    /**
     * A family whose direct loop gets its LEAD items from call {@code lead} on: until then the
     * chunked loop takes every item, so a script that calls the family a few dozen times has
     * nothing more compiled for it (the int dyads: 20 calls of {@code bv|1!bv} had C2 compile
     * the loop of | in the middle of apl.k's next workload, 3 -> 8 ms).
     */
    Handover(int lead) { this.lead = lead; }

    /** How many of the n items this call gives the direct loop, counting the call: n once ready, else at most LEAD. */
    long direct(long n) {
        if (calls < READY) calls++;
        else if (Jit.optimises()) return n;
        return calls <= lead ? 0 : Math.min(n, LEAD);
    }

    /**
     * Whether this JVM's C2 compiles a direct loop well: it has C2 (not {@code -Xint}, nor
     * {@code -XX:TieredStopAtLevel} below 4, the C1-only figures' setting) and inlines deep enough
     * ({@code -XX:MaxInlineLevel} of {@value #DEEP} or more, as {@code ./k} sets). An FFM access is
     * 8–10 calls deep of its own; C2 inlines a kernel into the evaluator's chain that called it
     * (each, a derived verb, the scan), and at its default depth of 15 the innermost calls of each
     * access stay calls: {@code do[5000;y:+\w]} on 10^5 ints took 2,000–2,900 ms instead of 250.
     * The answer takes the management classes, 13–23 ms in a fresh JVM, so a daemon thread finds
     * it when a family is first ready, and until then the direct loops keep to their LEAD items.
     */
    static final int DEEP = 25;

    private static final class Jit {
        private static final int UNKNOWN = 0, YES = 1, NO = 2;
        private static volatile int answer = UNKNOWN;
        private static boolean asked;

        static boolean optimises() {
            int a = answer;
            if (a == UNKNOWN) ask();
            return a == YES;
        }

        private static synchronized void ask() {
            if (asked) return;
            asked = true;
            Thread t = new Thread(() -> answer = compiles() ? YES : NO, "kj-jit-probe");
            t.setDaemon(true);
            t.start();
        }

        private static boolean compiles() {
            try {
                var vm = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
                return Handover.compiles(System.getProperty("java.vm.info", ""), vm.getVMOption("TieredCompilation").getValue(),
                    vm.getVMOption("TieredStopAtLevel").getValue(), vm.getVMOption("MaxInlineLevel").getValue());
            } catch (RuntimeException | LinkageError e) {
                return false; // not HotSpot, or no jdk.management: the chunked loops are the safe side
            }
        }
    }

    /** The rule, from the VM's info string and the values of its TieredCompilation, TieredStopAtLevel and MaxInlineLevel. */
    static boolean compiles(String vmInfo, String tiered, String stopAt, String inlineLevel) {
        if (vmInfo.contains("interpreted")) return false;
        boolean c2 = tiered.equals("false") || Integer.parseInt(stopAt) >= 4;
        return c2 && Integer.parseInt(inlineLevel) >= DEEP;
    }
}

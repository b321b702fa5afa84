package kj.cmd;

import static kj.value.K.*;

import kj.error.KError;
import kj.eval.Workspace;
import kj.eval.Script;
import kj.parse.Node;
import kj.parse.Parser;

/**
 * \t e (milliseconds for one run), \t:n e (n runs), \ts e (milliseconds and the peak pool bytes
 * e added), and Kona's timer: \t n runs .m.ts every n milliseconds, \t shows n.
 */
final class Timing {
    private Timing() {}

    static final Command[] ROWS = {
        new Command("t", "e", "milliseconds to run e once       \\t:n e  n runs of e, total ms", Timing::time),
        new Command("ts", "e", "milliseconds and the peak bytes e added", Timing::timeSpace),
    };

    /** The help line of the timer form of \t (the same row as \t e). */
    static final String TIMER_HELP = String.format("  %-14s %s", "\\t [n]", "show / set the timer: .m.ts[] runs every n ms (0: off)");

    /** \t alone gives the timer interval; \t n (a bare integer) sets it, as Kona; else it times e. */
    private static long time(Script in, String arg) {
        Workspace k = in.workspace();
        if (arg.isEmpty()) return ki(Timer.of(in).interval());
        if (Args.isInteger(arg.strip())) { // by hand: String.matches compiled a regex on each \t
            long ms = Args.between(arg, 0, Integer.MAX_VALUE);
            Timer.of(in).set(ms);
            return nil();
        }
        return ki(run(k, Parser.parse(arg), 1));
    }

    /** \t:n e — n runs of e; the total milliseconds. A count that is no integer >= 0 is a domain error. */
    static long repeated(Script in, String count, String expr) {
        long n;
        try {
            n = Args.between(count, 0, Integer.MAX_VALUE);
        } catch (KError e) {
            throw KError.domain();
        }
        return ki(run(in.workspace(), Parser.parse(expr), n));
    }

    /** \ts e — milliseconds and the peak workspace bytes e added, as two ints. */
    private static long timeSpace(Script in, String expr) {
        Node node = Parser.parse(expr);
        Workspace k = in.workspace();
        long before = k.pool().used();
        k.pool().resetPeak();
        long ms = run(k, node, 1);
        return ints(new long[] {ms, Math.max(0, k.pool().stats().peakUsed() - before)});
    }

    /**
     * With {@code -Dkj.timer=cpu}, \t counts the CPU time of the evaluating thread instead of
     * the wall clock: a benchmark figure that does not depend on how many other processes share
     * the cores (the JIT's threads are left out too, as on an idle machine with a core free).
     */
    private static final boolean CPU_TIME = "cpu".equals(System.getProperty("kj.timer"));

    private static long now() {
        return CPU_TIME ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                : System.nanoTime();
    }

    /**
     * The milliseconds of n evaluations of node. As Kona's \t, the clock stops before the value
     * is released (freeing the 632k vectors of {@code =iv} is not part of the grouping).
     */
    private static long run(Workspace k, Node node, long n) {
        long total = 0;
        for (long i = 0; i < n; i++) {
            k.checkInterrupt();
            long start = now();
            long z = k.evalTop(node);
            total += now() - start;
            cd(z);
        }
        return total / 1_000_000;
    }
}

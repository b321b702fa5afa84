package kj.cmd;

import static kj.value.K.*;

import kj.eval.Script;
import kj.value.Sym;

/**
 * The pool's commands: \w (Kona's summary), its sub-views as rows of their own ("w l"; add a
 * row named "w x" for another), \w n (the cap), \gc (trim) and \m (audit and leak check).
 */
final class PoolCommands {
    private PoolCommands() {}

    static final Command[] ROWS = {
        new Command("w", "[n]", "used now, max used, symbols, cap / cap the workspace at n MB (0: none)", PoolCommands::summary),
        new Command("w l", "", "per lane: cells in use, free, peak, allocations, mapped, status", (in, arg) -> {
            Args.none(arg);
            var pool = in.workspace().pool();
            Basic.print(in, MemoryReport.lanes(pool.stats(), pool.maxUsed(), in.terminal()));
            return nil();
        }),
        new Command("gc", "", "give wholly free memory back to the system", (in, arg) -> {
            Args.none(arg);
            Basic.print(in, in.workspace().pool().trim() + " bytes returned to the system\n");
            return nil();
        }),
        new Command("m", "", "check the pool's lists and counters, and look for leaks", (in, arg) -> {
            Args.none(arg);
            var pool = in.workspace().pool();
            Basic.print(in, MemoryReport.audit(pool.audit(), in.workspace().reach(), pool.stats()));
            return nil();
        }),
    };

    /** \w prints the summary; \w n sets the cap to n MB (beyond it: wsfull error). */
    private static long summary(Script in, String arg) {
        if (arg.isEmpty()) {
            var pool = in.workspace().pool();
            Basic.print(in, MemoryReport.summary(pool.stats(), pool.maxUsed(), Sym.count()));
            return nil();
        }
        long mb = Args.between(arg, 0, Long.MAX_VALUE >> 20);
        in.workspace().pool().setCap(mb << 20);
        return nil();
    }
}

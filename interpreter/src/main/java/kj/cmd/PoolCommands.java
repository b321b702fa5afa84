package kj.cmd;

import static kj.value.K.*;

import kj.eval.Script;

/**
 * The pool's commands: \w (the summary), its views as rows of their own ("w l", "w v", "w t",
 * "w d", "w h": {@link MemoryViews}), \w n (the cap), \gc (trim) and \m (audit and leak check).
 */
final class PoolCommands {
    private PoolCommands() {}

    static final Command[] ROWS = {
        new Command("w", "[n]", "used, mapped, peak, cap; files, -m, -r / cap the workspace at n MB (0: none)",
                PoolCommands::summary),
        view("l", "per lane: cells in use, peak, allocations, used + free = mapped, status"),
        view("v", "bytes per global name, shared cells counted once"),
        view("t", "bytes and cells by K type"),
        view("d", "what changed since the last \\w or \\w d"),
        view("h", "peak bytes of each evaluation over the session, as bars"),
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

    /** The row of one memory view, {@code \w letter}. */
    private static Command view(String letter, String help) {
        return new Command("w " + letter, "", help, (in, arg) -> {
            Args.none(arg);
            Basic.print(in, Commands.of(in).memory(in.workspace()).view(letter, in.terminal()));
            return nil();
        });
    }

    /** \w prints the summary; \w n sets the cap to n MB (beyond it: wsfull error). */
    private static long summary(Script in, String arg) {
        if (arg.isEmpty()) {
            Basic.print(in, Commands.of(in).memory(in.workspace()).view("", in.terminal()));
            return nil();
        }
        long mb = Args.between(arg, 0, Long.MAX_VALUE >> 20);
        in.workspace().pool().setCap(mb << 20);
        return nil();
    }
}

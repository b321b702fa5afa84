package kj.repl;

import kj.eval.Interp;
import org.jline.terminal.Terminal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Where Ctrl-C (SIGINT) goes for a whole session, script included: while a line runs it sets
 * {@link Interp#interrupted}, which the evaluator turns into an interrupt error at its next
 * check. Between lines: on a terminal JLine's prompt takes it (the line is cleared); with
 * piped input it ends k with status 130, as it would end any filter.
 */
final class Interrupts implements AutoCloseable {
    private final Runnable restore;

    private Interrupts(Runnable restore) { this.restore = restore; }

    static Interrupts from(Terminal terminal, Session s) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, sig -> {
            if (s.busy()) s.interp.interrupted = true;
        });
        return new Interrupts(() -> terminal.handle(Terminal.Signal.INT, previous));
    }

    /**
     * Without a terminal, SIGINT through {@code sun.misc.Signal} itself (jdk.unsupported), as
     * JLine's {@code Signals} would do by reflection and a proxy class spun at start-up.
     */
    static Interrupts fromSignal(Session s) {
        Signal sigint = new Signal("INT");
        SignalHandler previous = Signal.handle(sigint, sig -> {
            if (s.busy()) {
                s.interp.interrupted = true;
            } else {
                s.out.flush();
                System.exit(130);
            }
        });
        return new Interrupts(() -> Signal.handle(sigint, previous));
    }

    @Override
    public void close() { restore.run(); }
}

package kj.repl;

import kj.eval.Interp;
import org.jline.terminal.Terminal;
import org.jline.utils.Signals;

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

    static Interrupts fromSignal(Session s) {
        Object previous = Signals.register("INT", () -> {
            if (s.busy()) {
                s.interp.interrupted = true;
            } else {
                s.out.flush();
                System.exit(130);
            }
        });
        return new Interrupts(() -> Signals.unregister("INT", previous));
    }

    @Override
    public void close() { restore.run(); }
}

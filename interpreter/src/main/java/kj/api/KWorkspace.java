package kj.api;

import static kj.value.K.*;

import java.io.PrintStream;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kj.cmd.Commands;
import kj.error.KError;
import kj.eval.Workspace;
import kj.value.Settings;
import kj.value.Sym;

/**
 * A kj workspace for a Java program: its own pool of off-heap memory (with its own cap and
 * statistics), its K-tree of globals, its settings and output. Evaluate K text with
 * {@link #eval}, make K values from Java data with {@link #value}, set and read globals with
 * {@link #set} and {@link #get}, apply a K function with {@link #call}.
 *
 * <pre>{@code
 * try (KWorkspace k = KWorkspace.open()) {
 *     k.eval("f:{x*x}").close();
 *     try (KValue r = k.call(k.get("f"), new long[] {1, 2, 3})) {
 *         long[] squares = r.toLongArray();      // 1 4 9
 *     }
 * }
 * }</pre>
 *
 * <p>Workspaces share nothing (only the JVM-wide table of symbol names), so several may run on
 * several threads at once; one workspace is used by one thread at a time (a second thread that
 * calls in while it evaluates gets an {@link IllegalStateException}). A K error is thrown as a
 * {@link KException}; a full workspace is the {@code wsfull} K error. Closing the workspace
 * frees all of its memory at once, values not closed included.
 */
public final class KWorkspace implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("\\.?[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    private final Workspace ws = new Workspace(Commands.standard());

    private KWorkspace() {}

    /** A fresh workspace with no cap. */
    public static KWorkspace open() { return new KWorkspace(); }

    /** A fresh workspace whose pool may map at most {@code capBytes} (0: no cap). */
    public static KWorkspace open(long capBytes) {
        KWorkspace k = new KWorkspace();
        k.setCap(capBytes);
        return k;
    }

    /** Runs op with this workspace bound; K errors become {@link KException}. */
    <T> T within(Supplier<T> op) {
        try {
            return ws.within(op);
        } catch (KError e) {
            throw new KException(e);
        }
    }

    /** Evaluates K text (several expressions may be separated by ; or newlines); the value of the last. */
    public KValue eval(String text) {
        ws.interp().interrupted = false; // an interrupt asked for while nothing ran is not for this
        return within(() -> new KValue(this, ws.run(text)));
    }

    /** A K value of Java data, in this workspace. */
    public KValue value(Object java) {
        return within(() -> new KValue(this, Convert.toK(java, this)));
    }

    /**
     * A symbol atom: {@link #value} makes a {@code String} a char vector, as K's "text" is; this
     * makes `name.
     */
    public KValue symbol(String name) {
        return within(() -> new KValue(this, ks(Sym.intern(name))));
    }

    /**
     * Sets the global {@code name} (plain, dotted {@code d.x}, or absolute {@code .k.x}) to a
     * value: a {@link KValue} of this workspace is shared, one of another workspace is copied
     * (functions cannot move: {@link IllegalArgumentException}), other Java data converted as by
     * {@link #value(Object)}.
     */
    public void set(String name, Object value) {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("not a K name: " + name);
        within(() -> {
            ws.tree().set(name, Sym.intern(name), Convert.toK(value, this));
            return null;
        });
    }

    /** The value of the global {@code name}; a {@code value} error when it has none. */
    public KValue get(String name) {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("not a K name: " + name);
        return within(() -> {
            long v = ws.tree().get(name, Sym.intern(name));
            if (v == 0) throw KError.value(name);
            return new KValue(this, ci(v));
        });
    }

    /** f[args]: applies a K value (a function, or data to index) to arguments given as Java data or KValues. */
    public KValue call(KValue f, Object... args) {
        ws.interp().interrupted = false;
        return within(() -> {
            long fn = Convert.toK(f, this);
            long[] a = new long[Math.max(1, args.length)];
            try {
                if (args.length == 0) a[0] = nil();
                for (int i = 0; i < args.length; i++) a[i] = Convert.toK(args[i], this);
                return new KValue(this, ws.apply(fn, a));
            } finally {
                for (long x : a) if (x != 0) cd(x);
                cd(fn);
            }
        });
    }

    /**
     * Asks the evaluation running in this workspace to stop, from any thread (as Ctrl-C does in
     * the REPL): it ends with an {@code interrupt} {@link KException} and the workspace stays as
     * it was before it. With nothing running it has no effect on the next {@link #eval}.
     */
    public void interrupt() { ws.interp().interrupted = true; }

    /** Where K's own output goes (`0: and the like); standard output unless set. */
    public void setOut(PrintStream out) { ws.setOut(out); }

    /** \p, \e, the random generator, the _setenv variables and _a of this workspace. */
    public Settings settings() { return ws.settings(); }

    /** Caps the bytes this workspace's pool may map (0: no cap); beyond it, a {@code wsfull} error. */
    public void setCap(long bytes) { ws.pool().setCap(bytes); }

    /** The cap in bytes (0: none). */
    public long cap() { return ws.pool().cap(); }

    /** Bytes in cells now, in this workspace's pool. */
    public long bytesInUse() { return ws.pool().used(); }

    /** True when every cell in use is reached from the K-tree, or from a KValue not yet closed, with the right count. */
    public boolean isSound(KValue... open) {
        long[] held = new long[open.length];
        for (int i = 0; i < open.length; i++) held[i] = open[i].handle();
        return ws.reach(held).ok();
    }

    /** True once closed. */
    public boolean isClosed() { return ws.isClosed(); }

    /** This workspace's symbols (a value copied out of it is read by their names). */
    kj.value.Symbols symbols() { return ws.symbols(); }

    /**
     * Frees the workspace: its K-tree, every value still open, and all its memory, which goes
     * back to the system. Later use of it or of its values is an {@link IllegalStateException}.
     */
    @Override
    public void close() { ws.close(); }

    /** Pool bytes that were still in use when the workspace closed, besides what the K-tree held: 0 unless values were left open or something leaked; -1 while open. */
    public long bytesLeftAtClose() { return ws.bytesLeftAtClose(); }

}

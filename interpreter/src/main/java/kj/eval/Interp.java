package kj.eval;

import static kj.value.K.*;

import kj.error.KError;
import kj.parse.Code;
import kj.parse.Node;
import kj.parse.Node.*;
import kj.parse.Parser;
import kj.parse.Reserved;
import kj.value.Fn;
import kj.value.Lists;
import kj.verb.SysFns;
import kj.verb.Verbs;

/**
 * Evaluates the AST. Every {@code eval} returns an owned handle; temporaries are released in
 * finally blocks so an error leaves nothing behind. Expressions evaluate right to left.
 * One interpreter is one workspace; it runs on one thread.
 */
public final class Interp {
    /** K calls nested deeper than this give a stack error. */
    static final int MAX_DEPTH = 4000;

    private static Interp current;

    final Tree tree = new Tree();
    Frame frame;
    private int depth;
    /** Print precision, \p. */
    public int precision = 7;
    /** Set from another thread (Ctrl-C); checked in loops and calls. */
    public volatile boolean interrupted;

    public Interp() { current = this; }

    /** The interpreter running on this thread: verbs reach the evaluator through it. */
    public static Interp current() { return current; }

    public Tree tree() { return tree; }

    /** Releases the workspace: the K-tree and everything it holds. */
    public void close() { tree.release(); }

    /** Parses and evaluates source text; the result is owned by the caller. */
    public long run(String source) {
        current = this;
        Node node = Parser.parse(source);
        return evalTop(node);
    }

    /** Evaluates a parsed line at top level (a stray :x returns its value). */
    public long evalTop(Node node) {
        current = this;
        try {
            return eval(node);
        } catch (ReturnSignal r) {
            return r.value;
        } catch (StackOverflowError e) {
            throw new KError.Stack();
        }
    }

    public long eval(Node node) {
        return switch (node) {
            case Ints i -> i.atom() ? ki(i.values()[0]) : ints(i.values());
            case Floats f -> f.atom() ? kf(f.values()[0]) : floats(f.values());
            case Chars c -> c.atom() ? kc(c.values()[0]) : chars(c.values());
            case Syms s -> s.atom() ? ks(s.ids()[0]) : syms(s.ids());
            case Empty e -> nil();
            case Local l -> local(l);
            case Global g -> global(g.name(), g.sym());
            case Free f -> free(f);
            case Verb v -> Fn.verb(v.index(), v.monadic());
            case SysFn s -> sysValue(s.id());
            case Adverbed a -> Fn.derived(eval(a.fn()), a.adverb());
            case Monad m -> monad(m);
            case Dyad d -> dyad(d);
            case Apply a -> applyNode(a);
            case ListOf l -> list(l.items());
            case Lambda l -> Fn.lambda(l.code().id);
            case Assign a -> Assignment.run(this, a);
            case Cond c -> cond(c.parts());
            case If i -> {
                if (truth(i.cond())) runAll(i.body());
                yield nil();
            }
            case Do d -> doLoop(d);
            case While w -> {
                while (truth(w.cond())) {
                    checkInterrupt();
                    runAll(w.body());
                }
                yield nil();
            }
            case Return r -> throw new ReturnSignal(eval(r.value()));
            case Seq s -> seq(s.statements());
        };
    }

    private long local(Local l) {
        long v = frame.slots[l.slot()];
        if (v == 0) throw KError.value();
        return ci(v);
    }

    long global(String name, int sym) {
        long v = tree.get(name, sym);
        if (v == 0) throw KError.value();
        return ci(v);
    }

    /** A name of an enclosing lambda: that lambda's slot if it is running, else the global. */
    private long free(Free f) {
        for (Frame fr = frame; fr != null; fr = fr.caller) {
            int slot = fr.code.slot(f.name());
            if (slot >= 0 && fr.slots[slot] != 0) return ci(fr.slots[slot]);
        }
        return global(f.name(), f.sym());
    }

    private long sysValue(int id) {
        if (id == Reserved.SELF) return frame == null ? nil() : ci(frame.self);
        if (Reserved.valence(id) > 0) return Fn.sysfn(id);
        return SysFns.value(this, id);
    }

    private long seq(Node[] statements) {
        for (int i = 0; i < statements.length - 1; i++) cd(eval(statements[i]));
        return eval(statements[statements.length - 1]);
    }

    private void runAll(Node[] body) {
        for (Node n : body) if (n != null) cd(eval(n));
    }

    private long doLoop(Do d) {
        long n = eval(d.times());
        long times;
        try {
            if (type(n) != INT) throw KError.type();
            times = iv(n);
        } finally {
            cd(n);
        }
        for (long i = 0; i < times; i++) {
            checkInterrupt();
            runAll(d.body());
        }
        return nil();
    }

    /** A condition is true when it is a nonzero int (or char) atom. */
    boolean truth(Node cond) {
        long c = eval(cond);
        try {
            return switch (type(c)) {
                case INT -> iv(c) != 0;
                case CHAR -> cv(c) != 0;
                case FLOAT -> fv(c) != 0;
                default -> throw KError.type();
            };
        } finally {
            cd(c);
        }
    }

    private long cond(Node[] parts) {
        int i = 0;
        for (; i + 1 < parts.length; i += 2) if (truth(orEmpty(parts[i]))) return eval(orEmpty(parts[i + 1]));
        return i < parts.length ? eval(orEmpty(parts[i])) : nil();
    }

    private static Node orEmpty(Node n) { return n == null ? new Empty() : n; }

    public void checkInterrupt() {
        if (interrupted) {
            interrupted = false;
            throw new KError.Interrupt();
        }
    }

    private long list(Node[] items) {
        long[] v = new long[items.length];
        try {
            for (int i = items.length - 1; i >= 0; i--) v[i] = eval(orEmpty(items[i]));
        } catch (RuntimeException e) {
            for (long x : v) if (x != 0) cd(x);
            throw e;
        }
        return Lists.of(v);
    }

    private long monad(Monad m) {
        long x = eval(m.arg());
        try {
            if (m.fn() instanceof Verb v) return Verbs.get(v.index()).monad(x);
            long f = eval(m.fn());
            try {
                return Calls.apply(this, f, new long[] {x});
            } finally {
                cd(f);
            }
        } finally {
            cd(x);
        }
    }

    private long dyad(Dyad d) {
        long y = eval(d.right());
        try {
            long x = eval(d.left());
            try {
                if (d.fn() instanceof Verb v) return Verbs.get(v.index()).dyad(x, y);
                long f = eval(d.fn());
                try {
                    return Calls.apply(this, f, new long[] {x, y});
                } finally {
                    cd(f);
                }
            } finally {
                cd(x);
            }
        } finally {
            cd(y);
        }
    }

    private long applyNode(Apply a) {
        Node[] argNodes = a.args();
        long[] args = new long[Math.max(1, argNodes.length)];
        try {
            if (argNodes.length == 0) args[0] = nil();
            for (int i = argNodes.length - 1; i >= 0; i--) if (argNodes[i] != null) args[i] = eval(argNodes[i]);
            long f = eval(a.fn());
            try {
                return Calls.apply(this, f, args);
            } finally {
                cd(f);
            }
        } finally {
            for (long x : args) if (x != 0) cd(x);
        }
    }

    /** Runs a lambda with all its arguments present (borrowed). */
    long callLambda(long f, Code code, long[] args) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new KError.Stack();
        }
        checkInterrupt();
        Frame fr = new Frame(code, f, frame);
        for (int i = 0; i < args.length; i++) fr.slots[i] = ci(args[i]);
        frame = fr;
        try {
            return eval(code.body);
        } catch (ReturnSignal r) {
            return r.value;
        } finally {
            frame = fr.caller;
            depth--;
            for (long s : fr.slots) if (s != 0) cd(s);
        }
    }

    /** Reads or writes a variable slot for assignment: the frame's, or the K-tree's. */
    long read(Node name) {
        return switch (name) {
            case Local l -> frame.slots[l.slot()];
            case Global g -> tree.get(g.name(), g.sym());
            case Free f -> {
                for (Frame fr = frame; fr != null; fr = fr.caller) {
                    int slot = fr.code.slot(f.name());
                    if (slot >= 0 && fr.slots[slot] != 0) yield fr.slots[slot];
                }
                yield tree.get(f.name(), f.sym());
            }
            default -> throw KError.parse();
        };
    }

    /** Stores an owned value into a variable. */
    void write(Node name, long value) {
        switch (name) {
            case Local l -> {
                long old = frame.slots[l.slot()];
                frame.slots[l.slot()] = value;
                if (old != 0) cd(old);
            }
            case Global g -> tree.set(g.name(), g.sym(), value);
            case Free f -> {
                for (Frame fr = frame; fr != null; fr = fr.caller) {
                    int slot = fr.code.slot(f.name());
                    if (slot >= 0 && fr.slots[slot] != 0) {
                        long old = fr.slots[slot];
                        fr.slots[slot] = value;
                        cd(old);
                        return;
                    }
                }
                tree.set(f.name(), f.sym(), value);
            }
            default -> throw KError.parse();
        }
    }
}

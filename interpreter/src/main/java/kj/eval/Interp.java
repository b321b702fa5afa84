package kj.eval;

import static kj.value.K.*;

import kj.adverb.Adverb;
import kj.error.KError;
import kj.error.ReturnSignal;
import kj.error.Where;
import kj.kpool.Pool;
import kj.parse.Code;
import kj.parse.Node.*;
import kj.parse.Node;
import kj.parse.Parser;
import kj.parse.Source;
import kj.shape.InnerProducts;
import kj.shape.Quantifiers;
import kj.prim.Verbs;
import kj.sys.SysFns;
import kj.value.Fn;
import kj.value.ListBuilder;
import kj.value.Lists;
import kj.value.Shared;
import kj.value.Tree;

/**
 * Evaluates the AST. Every {@code eval} returns an owned handle; temporaries are released in
 * finally blocks so an error leaves nothing behind. Expressions evaluate right to left.
 * It belongs to one {@link Workspace} and runs with that workspace bound on its thread.
 */
public final class Interp {
    /** K calls nested deeper than this give a stack error. */
    static final int MAX_DEPTH = 4000;

    /** The workspace this evaluator runs in: its pool, tree, settings and output. */
    final Workspace ws;
    final Tree tree;
    Frame frame;
    private int depth;
    private Suspender suspender;
    /** Text typed at a suspended prompt, and the frame it runs in: its errors show its line. */
    private Program typed;
    private Frame typedIn;
    /** The chunk being evaluated at top level (errors in it show its line). */
    private Program top;
    /** Set from another thread (Ctrl-C); checked in loops and calls. */
    public volatile boolean interrupted;

    /** The workspace's pool, nil and shared atoms, kept here so the evaluator's own allocations and releases skip the lookup. */
    private final Pool pool;
    private final long nilCell;
    private final Shared shared;

    Interp(Workspace ws) {
        this.ws = ws;
        this.tree = ws.tree();
        this.pool = ws.pool();
        this.nilCell = ws.nil();
        this.shared = ws.shared();
    }

    // The evaluator makes and drops most temporaries: these shadow K's helpers of the same name
    // with ones that use the pool at hand instead of finding it through the workspace binding.
    private void cd(long x) {
        if (Pool.DEBUG) pool.cd(x);
        else if (!Pool.releaseShared(x)) pool.releaseLast(x);
    }

    private long nil() { return ci(nilCell); }

    private long literal(long v) { return shared.intAtom(v); }

    private long literalChar(int c) { return shared.charAtom(c); }

    public Workspace workspace() { return ws; }

    public Tree tree() { return tree; }

    /** Parses and evaluates source text; the result is owned by the caller. */
    public long run(String source) {
        Node node;
        try {
            node = Parser.parse(source);
        } catch (KError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw KError.of(e); // nesting too deep for the parser's stack is a stack error
        }
        return evalTop(node);
    }

    /**
     * Executes text from inside an evaluation ({@code ."..."}): as Kona, an error in it shows no
     * line, and the line being run stays the one errors outside it point into.
     */
    public long execute(String text) {
        Program outer = top;
        try {
            return run(text);
        } catch (KError e) {
            throw e.placeless();
        } finally {
            top = outer;
        }
    }

    /**
     * Runs a backslash command from inside an evaluation ({@code ."\\v"}) through the
     * workspace's command table, its text printed to the workspace's output, placeless as
     * {@link #execute}; the result is owned.
     */
    public long command(String text) {
        Program outer = top;
        try {
            return ws.commands.run(new Script(this, ws.out()), text);
        } catch (KError e) {
            throw e.placeless();
        } finally {
            top = outer;
        }
    }

    /**
     * The literal's cell (owned; a literal, a captureless lambda, a derived verb of primitives):
     * the one its slot holds, else made now and held until the top-level evaluation that made it
     * ends ({@link #evalTop}, or a line typed at a suspension, {@link #evalInFrame}). Values hold
     * their own references, so a held cell is never unique and nothing changes it in place.
     */
    private long held(long[] slot, Node literal) {
        long c = slot[0];
        if (c != 0) return ci(c);
        c = made(literal);
        if (heldCount == heldSlots.length) heldSlots = java.util.Arrays.copyOf(heldSlots, 2 * heldCount);
        heldSlots[heldCount++] = slot;
        slot[0] = c;
        return ci(c);
    }

    private long derived(Adverbed a) { return Fn.derived(eval(a.fn()), a.adverb().ordinal(), a.raw()); }

    private long made(Node literal) {
        if (literal instanceof Adverbed a) return derived(a);
        if (literal instanceof Lambda l) return Fn.lambda(l.code().id);
        if (literal instanceof Enlisted e) {
            try (ListBuilder b = new ListBuilder(1)) {
                b.add(made(e.item()));
                return b.build();
            }
        }
        if (literal instanceof Ints i) return ints(i.values());
        if (literal instanceof Floats f) return f.atom() ? kf(f.values()[0]) : floats(f.values());
        if (literal instanceof Chars c) return chars(c.values());
        Syms s = (Syms) literal;
        return s.atom() ? ks(s.ids()[0]) : syms(s.ids());
    }

    /** The slots of the literals held now, in the order they were filled. */
    private long[][] heldSlots = new long[64][];
    private int heldCount;

    /** The literal cells held now (roots of the reach check, as the shared atoms are). */
    long[] heldCells() {
        long[] cells = new long[heldCount];
        for (int i = 0; i < heldCount; i++) cells[i] = heldSlots[i][0];
        return cells;
    }

    /** Releases the literal cells held since the first heldCount {@code mark} slots. */
    void releaseHeld(int mark) {
        while (heldCount > mark) {
            long[] slot = heldSlots[--heldCount];
            heldSlots[heldCount] = null;
            long c = slot[0];
            slot[0] = 0;
            cd(c);
        }
    }

    /** Evaluates a parsed line at top level (a stray :x returns its value). */
    public long evalTop(Node node) {
        if (node instanceof Program p) top = p;
        int mark = heldCount;
        try {
            return eval(node);
        } catch (ReturnSignal r) {
            return r.value();
        } catch (KError e) {
            // a bare undefined name, which no primitive claimed: its statement's line (a script's file:line)
            if (e instanceof KError.Value && !e.detail().isEmpty()) throw locate(e, 0);
            throw e;
        } catch (RuntimeException | Error e) {
            // the last line of defence: a Java exception is a bug, but never the end of the session
            throw KError.of(e);
        } finally {
            releaseHeld(mark);
        }
    }

    /**
     * Claims an error for the primitive at offset {@code at} of the code now running, unless an
     * inner one did: the line of the chunk it is in, or the text of a lambda written earlier
     * (as Kona shows them).
     */
    KError locate(KError e, int at) {
        if (e.located() || e instanceof KError.Interrupt || top == null) return e;
        Code c = frame == null ? null : frame.code;
        if (typed != null && frame == typedIn) return e.at(where(typed.source(), at));
        if (c == null) return e.at(where(top.source(), at));
        Code root = c;
        while (root.parent != null) root = root.parent;
        Integer here = top.placed().get(root);
        if (here != null) return e.at(where(top.source(), here + at - root.start));
        Source body = new Source(c.source.substring(1, c.source.length() - 1), null, 1);
        Where w = where(body, at - c.start - 1);
        return e.at(new Where(w.text(), w.column(), c.origin.file(), c.origin.lineOf(at)));
    }

    private static Where where(Source src, int at) {
        int p = Math.max(0, Math.min(at, src.text().length()));
        return new Where(src.lineAt(p), src.columnOf(p), src.file(), src.lineOf(p));
    }

    public long eval(Node node) {
        // Plain type tests, the commonest nodes first. A pattern switch would spin a class at its
        // first run (~0.3-1 ms each, not kept by the AOT cache) and call its type test through an
        // invokedynamic call site, which the first tiers of the JIT do not inline.
        if (node instanceof Local l) return local(l);
        if (node instanceof Dyad d) return dyad(d);
        if (node instanceof Ints i) return i.atom() ? literal(i.values()[0]) : held(i.held(), node);
        if (node instanceof Apply a) return applyNode(a);
        if (node instanceof Global g) return global(g.name(), g.sym());
        if (node instanceof Monad m) return monad(m);
        if (node instanceof Fused f) return Fusion.eval(this, f);
        if (node instanceof SysFn s) return sysValue(s.id());
        if (node instanceof Cond c) return cond(c.parts());
        if (node instanceof Floats f) return held(f.held(), node);
        if (node instanceof Chars c) return c.atom() ? literalChar(c.values()[0]) : held(c.held(), node);
        if (node instanceof Syms s) return held(s.held(), node);
        if (node instanceof Empty) return nil();
        if (node instanceof Enlisted e) return held(e.held(), node);
        if (node instanceof Captured c) return ci(Fn.captured(frame.self, c.index()));
        if (node instanceof Verb v) return Fn.verb(v.index(), v.monadic());
        if (node instanceof Adverbed a) return a.constant() ? held(a.held(), node) : derived(a);
        if (node instanceof ListOf l) return list(l.items());
        if (node instanceof Lambda l) return l.code().captures.isEmpty() ? held(l.held(), node) : lambda(l.code());
        if (node instanceof Assign a) return Assignment.run(this, a);
        if (node instanceof Seq s) return seq(s.statements());
        return control(node);
    }

    /** The nodes that run once per statement or loop rather than once per value: out of eval, which stays small. */
    private long control(Node node) {
        if (node instanceof Train t) return train(t);
        if (node instanceof SumOfTil s) return sumOfTil(s.written());
        if (node instanceof If i) {
            if (truth(i.cond())) runAll(i.body());
            return nil();
        }
        if (node instanceof Do d) return doLoop(d);
        if (node instanceof While w) {
            while (truth(w.cond())) {
                checkInterrupt();
                runAll(w.body());
            }
            return nil();
        }
        if (node instanceof Return r) throw new ReturnSignal(eval(r.value()));
        if (node instanceof Signal g) throw signal(eval(g.value()));
        if (node instanceof Trace t) return trace(eval(t.value()));
        if (node instanceof Program p) {
            String[] added = define(p.defines());
            try {
                return eval(p.body());
            } catch (KError | StackOverflowError e) {
                undefine(added);
                throw e;
            }
        }
        return idiom(node);
    }

    /** The idioms the parser spotted ({@code +/x*y} and the like), out of control, which stays small. */
    private long idiom(Node node) {
        if (node instanceof MatrixProduct p) return foldOfDyad(p.written(), InnerProducts::matrix);
        if (node instanceof DotProduct p) return foldOfDyad(p.written(), InnerProducts::dot);
        if (node instanceof Quantified q) return quantified(q.written());
        throw new IllegalStateException("not a control node: " + node);
    }

    private long local(Local l) {
        long v = frame.slots[l.slot()];
        if (v == 0) throw KError.value();
        return ci(v);
    }

    /** A global's value; an undefined one is a value error at top level and nil inside a lambda. */
    long global(String name, int sym) {
        long v = tree.get(name, sym);
        if (v != 0) return ci(v);
        if (frame == null && !(name.endsWith(".") && defined(name.substring(0, name.length() - 1)))) throw KError.value(name);
        return nil(); // a. of an a with no attributes is nil; inside a lambda any undefined global is
    }

    private boolean defined(String name) {
        return !name.isEmpty() && tree.get(name, kj.value.Sym.intern(name)) != 0;
    }

    /**
     * Defines each name that is not defined yet as nil, as Kona does for a chunk's assignments
     * (so {@code x:."\\v"} lists x); returns the names it added.
     */
    private String[] define(String[] names) {
        String[] added = new String[names.length];
        int n = 0;
        for (String name : names) {
            int sym = kj.value.Sym.intern(name);
            if (tree.get(name, sym) == 0) {
                tree.set(name, sym, nil());
                added[n++] = name;
            }
        }
        return java.util.Arrays.copyOf(added, n);
    }

    /**
     * After an error, takes out the names {@link #define} added that are still nil: a failed
     * assignment leaves the globals as they were (Kona leaves the name behind as nil).
     */
    private void undefine(String[] added) {
        for (String name : added) {
            int sym = kj.value.Sym.intern(name);
            long v = tree.get(name, sym);
            if (v != 0 && type(v) == NIL) tree.remove(name, sym);
        }
    }

    /** A lambda value. One defined inside another captures the enclosing locals it reads. */
    private long lambda(Code code) {
        if (code.captures.isEmpty()) return Fn.lambda(code.id);
        long[] values = new long[code.captures.size()];
        for (int i = 0; i < values.length; i++) values[i] = enclosing(code.captures.get(i));
        return Fn.closure(code.id, values);
    }

    /** The value an enclosing lambda's name has now (owned), for a capture. */
    private long enclosing(String name) {
        if (frame == null) return nil();
        int slot = frame.code.slot(name);
        if (slot >= 0) return frame.slots[slot] == 0 ? nil() : ci(frame.slots[slot]);
        int c = frame.code.capture(name);
        return c >= 0 ? ci(Fn.captured(frame.self, c)) : nil();
    }

    private long sysValue(int id) {
        if (id == SysFns.SELF) return frame == null ? nil() : ci(frame.self);
        if (SysFns.get(id).valence() > 0) return Fn.sysfn(id);
        return SysFns.value(ws, id);
    }

    /** {@code \x}: shows x, or nothing, or stops there, as \b says; x is owned. */
    private long trace(long x) {
        switch (ws.settings().breakMode) {
            case 'n' -> {}
            case 's' -> {
                if (suspender == null) break;
                try {
                    return suspender.stop(x, top == null ? "" : top.source().text().strip());
                } finally {
                    cd(x);
                }
            }
            default -> {
                try {
                    if (type(x) != NIL) ws.out().println(kj.print.Printer.show(x, ws.settings().precision));
                } catch (Throwable e) {
                    cd(x); // printing stops at Ctrl-C
                    throw e;
                }
            }
        }
        return x;
    }

    /** The error a signal 'x raises: named by a string or symbol x (released here). */
    private KError signal(long x) {
        try {
            return switch (type(x)) {
                case CHAR, CHARV -> KError.of(str(x));
                case SYM -> KError.of(kj.value.Sym.name(sv(x)));
                default -> KError.type();
            };
        } finally {
            cd(x);
        }
    }

    private long seq(Node[] statements) {
        for (int i = 0; i < statements.length - 1; i++) exec(statements[i]);
        return eval(statements[statements.length - 1]);
    }

    /** Evaluates a statement whose value nobody reads. */
    private void exec(Node n) {
        if (n instanceof Assign a) Assignment.exec(this, a);
        else cd(eval(n));
    }

    private void runAll(Node[] body) {
        for (Node n : body) if (n != null) exec(n);
    }

    private long doLoop(Do d) {
        long n = eval(orEmpty(d.times()));
        long times;
        try {
            long one = type(n) == INTV && n(n) == 1 ? getI(n, 0) : 0;
            if (type(n) != INT && type(n) != INTV || type(n) == INTV && n(n) != 1) throw KError.type();
            times = type(n) == INT ? iv(n) : one;
        } finally {
            cd(n);
        }
        for (long i = 0; i < times; i++) {
            checkInterrupt();
            runAll(d.body());
        }
        return nil();
    }

    /**
     * A condition is true when it is a nonzero int (a one-item list counts as its item); a float
     * or a char is a type error, as in Kona.
     */
    boolean truth(Node cond) {
        long c = eval(orEmpty(cond));
        try {
            return truth(c);
        } finally {
            cd(c);
        }
    }

    private boolean truth(long c) {
        return switch (type(c)) {
            case INT -> iv(c) != 0;
            case INTV, LIST -> {
                if (n(c) != 1) throw KError.type();
                long item = Lists.item(c, 0);
                try {
                    yield truth(item);
                } finally {
                    cd(item);
                }
            }
            default -> throw KError.type();
        };
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

    /** A train's value: its nouns are evaluated now, right to left; its verbs become values. */
    private long train(Train t) {
        Node[] items = t.items();
        long[] v = new long[items.length];
        try {
            for (int i = items.length - 1; i >= 0; i--) v[i] = eval(items[i]);
        } catch (Throwable e) {
            for (long x : v) if (x != 0) cd(x);
            throw e;
        }
        return Fn.train(v, t.verbs());
    }

    private long list(Node[] items) {
        long[] v = new long[items.length];
        try {
            for (int i = items.length - 1; i >= 0; i--) v[i] = eval(orEmpty(items[i]));
        } catch (Throwable e) {
            for (long x : v) if (x != 0) cd(x);
            throw e;
        }
        return Lists.of(v);
    }

    private long monad(Monad m) {
        long x = eval(m.arg());
        if (m.fn() instanceof Verb v) {
            try {
                // .(1;2) written as a list is .[1;2] (a rank error), though its items make a vector;
                // chars make a text that runs, .("1";"+";"2") is 3
                if (v.index() == Verbs.DOT && m.arg() instanceof ListOf l && l.items().length > 1 && type(x) < 0 && type(x) != CHARV) {
                    try {
                        return dotItems(x);
                    } finally {
                        cd(x);
                    }
                }
                // a primitive takes x over: it may write its result into a unique x
                return Verbs.row(v.index()).monadOwned(x);
            } catch (KError e) {
                throw locate(e, m.at());
            }
        }
        try {
            long f = eval(m.fn());
            try {
                // f/:x and f\:x written out are each-like, and a valence error on a primitive
                // glyph; held in a name or brackets they project (Calls), as Kona
                if (m.fn() instanceof Adverbed a && (a.adverb() == Adverb.EACH_RIGHT || a.adverb() == Adverb.EACH_LEFT)) {
                    if (a.raw()) throw KError.valence();
                    return a.adverb().apply(ws, Fn.inner(f), new long[] {x});
                }
                return Calls.apply(this, f, new long[] {x});
            } finally {
                cd(f);
            }
        } catch (KError e) {
            throw locate(e, m.at());
        } finally {
            cd(x);
        }
    }

    /** +/!x: for an int n >= 0 the sum n(n-1)/2 (wrapping as the sum of the items would), else !x, then +/ of it. */
    private long sumOfTil(Monad m) {
        Monad til = (Monad) m.arg();
        long x = eval(til.arg());
        if (type(x) == INT && iv(x) >= 0) {
            long n = iv(x);
            cd(x);
            return ki(n % 2 == 0 ? n / 2 * (n - 1) : (n - 1) / 2 * n);
        }
        long items;
        try {
            items = Verbs.row(Verbs.BANG).monadOwned(x);
        } catch (KError e) {
            throw locate(e, til.at());
        }
        try {
            return applyWritten(m, items);
        } finally {
            cd(items);
        }
    }

    /** m's function (not a primitive: an adverbed verb, as +/) applied to x (not taken over); its errors point at m's. */
    private long applyWritten(Monad m, long x) {
        try {
            long f = eval(m.fn());
            try {
                return Calls.apply(this, f, new long[] {x});
            } finally {
                cd(f);
            }
        } catch (KError e) {
            throw locate(e, m.at());
        }
    }

    /**
     * f x v y written out (+/x*y, &/x=y, +/'x*\:y): x and y read as the dyad would (y first), then
     * fused (one pass, no vector of v's results made) when it covers them (not 0), else v and
     * then f as written. The fused pass's errors (wsfull, Ctrl-C) point at v, as the written
     * form's would.
     */
    private long foldOfDyad(Monad m, java.util.function.LongBinaryOperator fused) {
        Dyad d = (Dyad) m.arg();
        long y = eval(d.right());
        long x;
        try {
            x = eval(d.left());
        } catch (KError e) {
            cd(y);
            throw d.fn() instanceof Verb ? locate(e, d.at()) : e; // as dyad() does
        } catch (Throwable e) {
            cd(y);
            throw e;
        }
        long inner;
        boolean held = true;
        try {
            long r = fused.applyAsLong(x, y);
            if (r != 0) return r;
            if (d.fn() instanceof Verb v) {
                held = false;
                inner = Verbs.row(v.index()).dyadOwned(x, y); // takes x and y over
            } else {
                long f = eval(d.fn());
                try {
                    inner = Calls.apply(this, f, new long[] {x, y});
                } finally {
                    cd(f);
                }
            }
        } catch (KError e) {
            throw locate(e, d.at());
        } finally {
            if (held) {
                cd(x);
                cd(y);
            }
        }
        try {
            return applyWritten(m, inner);
        } finally {
            cd(inner);
        }
    }

    private long quantified(Monad m) {
        int fold = ((Verb) ((Adverbed) m.fn()).fn()).index(), compare = ((Verb) ((Dyad) m.arg()).fn()).index();
        return foldOfDyad(m, (x, y) -> Quantifiers.of(fold, compare, x, y));
    }

    private long dotItems(long x) {
        long n = n(x);
        if (n > 4) throw KError.valence();
        long[] args = new long[(int) n];
        try {
            for (int i = 0; i < n; i++) args[i] = Lists.item(x, i);
            return Verbs.get(Verbs.DOT).apply(args);
        } finally {
            for (long a : args) if (a != 0) cd(a);
        }
    }

    private long dyad(Dyad d) {
        long y = eval(d.right());
        if (d.fn() instanceof Verb v) {
            long x;
            try {
                x = eval(d.left());
            } catch (KError e) {
                cd(y);
                throw locate(e, d.at());
            } catch (Throwable e) {
                cd(y);
                throw e;
            }
            try {
                // a primitive takes both over: it may write its result into a unique one
                return Verbs.row(v.index()).dyadOwned(x, y);
            } catch (KError e) {
                throw locate(e, d.at());
            }
        }
        try {
            long x = eval(d.left());
            try {
                long f = eval(d.fn());
                try {
                    return Calls.apply(this, f, new long[] {x, y});
                } finally {
                    cd(f);
                }
            } catch (KError e) {
                throw locate(e, d.at());
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
            else evalArgs(argNodes, args);
            long f = eval(a.fn());
            try {
                return Calls.apply(this, f, args);
            } catch (KError e) {
                throw locate(e, a.at());
            } finally {
                cd(f);
            }
        } finally {
            releaseAll(args);
        }
    }

    /** Evaluates arguments right to left into args (owned; an elided one stays 0). */
    private void evalArgs(Node[] argNodes, long[] args) {
        for (int i = argNodes.length - 1; i >= 0; i--) if (argNodes[i] != null) args[i] = eval(argNodes[i]);
    }

    private void releaseAll(long[] values) {
        for (long x : values) if (x != 0) cd(x);
    }

    /** Runs a lambda with all its arguments present (borrowed). */
    long callLambda(long f, Code code, long[] args) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new KError.Stack();
        }
        checkInterrupt();
        Frame fr = enter(code, f, args);
        try {
            return eval(code.body);
        } catch (ReturnSignal r) {
            return r.value();
        } catch (KError e) {
            return suspendOrThrow(e);
        } finally {
            leave(fr); // one call: javac copies a finally block into every way out of the try
        }
    }

    /**
     * The frame of a lambda called with args (borrowed), made the current one. Its loops are in
     * methods of their own (here, {@link #leave}, {@link #evalArgs}, {@link #releaseAll}): a loop run
     * for a few items on each of a million calls would have the JIT compile the whole caller a second
     * time to enter it mid-loop.
     */
    private Frame enter(Code code, long f, long[] args) {
        Frame fr = new Frame(code, f, frame);
        for (int i = 0; i < args.length; i++) fr.slots[i] = ci(args[i]);
        frame = fr;
        return fr;
    }

    /** Back to the caller's frame: the lambda's slots are released. */
    private void leave(Frame fr) {
        frame = fr.caller;
        depth--;
        for (long s : fr.slots) if (s != 0) cd(s);
    }

    /** An error leaving a lambda: suspends it (the value typed at the prompt is its result) or goes on up. Out of line: a call runs it rarely. */
    private long suspendOrThrow(KError e) {
        if (!suspends(e)) throw e;
        e.suspended();
        return suspender.suspend(e);
    }

    /** Whether an error leaving a lambda suspends it: \e 1, a suspender, and not suspended already. */
    private boolean suspends(KError e) {
        return suspender != null && ws.settings().errorFlag == 1 && ws.settings().traps == 0 && !e.isSuspended()
                && !(e instanceof KError.Interrupt) && !(e instanceof KError.Stack);
    }

    /** Sets (or with null removes) what runs when an error suspends a lambda. */
    public void suspender(Suspender s) { suspender = s; }

    /** Parses text typed at a suspended prompt: the suspended lambda's parameters and locals are its names. */
    public Node parseInFrame(String text) { return Parser.parse(Source.of(text), frame == null ? null : frame.code); }

    /**
     * Evaluates text parsed by {@link #parseInFrame} in the frame of the lambda now suspended,
     * which it can read and assign. The result is owned.
     */
    public long evalInFrame(Node node) {
        Program outerTyped = typed;
        Frame outerFrame = typedIn;
        typed = (Program) node;
        typedIn = frame;
        int mark = heldCount;
        try {
            return eval(typed.body());
        } catch (ReturnSignal r) {
            return r.value();
        } finally {
            releaseHeld(mark); // a line typed at the suspended prompt holds its literals no longer
            typed = outerTyped;
            typedIn = outerFrame;
        }
    }

    /** The int {@link #peekInt} read last. */
    long peeked;

    /**
     * Whether n is an int atom known without evaluating it to a value: a literal, or a local or
     * global name holding one (read, not counted); its value goes to {@link #peeked}.
     */
    boolean peekInt(Node n) {
        long v;
        if (n instanceof Ints i) {
            if (!i.atom()) return false;
            peeked = i.values()[0];
            return true;
        }
        if (n instanceof Local l) v = frame.slots[l.slot()];
        else if (n instanceof Global g) v = tree.get(g.name(), g.sym());
        else return false;
        if (v == 0 || type(v) != INT) return false;
        peeked = iv(v);
        return true;
    }

    /** Reads or writes a variable slot for assignment: the frame's, or the K-tree's. */
    long read(Node name) {
        if (name instanceof Local l) return frame.slots[l.slot()];
        if (name instanceof Global g) return tree.get(g.name(), g.sym());
        if (name instanceof Captured c) return Fn.captured(frame.self, c.index());
        throw KError.parse();
    }

    /**
     * Points a variable at the cell its own value moved to (the old address may be freed): no
     * count changes. Only for a variable that {@code Assignment.own} found to hold its value alone.
     */
    void moved(Node name, long value) {
        if (name instanceof Local l) frame.slots[l.slot()] = value;
        else if (name instanceof Global g) tree.moved(g.name(), g.sym(), value);
        else throw new IllegalStateException("moved: " + name);
    }

    /** Stores an owned value into a variable. */
    void write(Node name, long value) {
        if (name instanceof Local l) {
            long old = frame.slots[l.slot()];
            frame.slots[l.slot()] = value;
            if (old != 0) cd(old);
        } else if (name instanceof Global g) {
            tree.set(g.name(), g.sym(), value);
        } else if (name instanceof Captured c) {
            tree.set(c.name(), kj.value.Sym.intern(c.name()), value);
        } else {
            throw KError.parse();
        }
    }
}

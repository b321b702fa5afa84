package kj.eval;

import static kj.value.K.*;

import kj.error.KError;
import kj.parse.Node;
import kj.parse.Node.Assign;
import kj.value.Append;
import kj.value.Fn;
import kj.index.Amend;
import kj.index.Index;
import kj.prim.Atomic;
import kj.prim.Verbs;

/**
 * {@code a:v}, {@code a::v}, {@code a op: v}, {@code a[i]:v}, {@code a[i] op: v}. An indexed
 * assignment amends the variable's value in place when the variable holds its only reference.
 * A statement whose value nobody reads (in a loop body, before a ";") is run by {@link #exec},
 * which makes no value for it.
 */
final class Assignment {
    private static final int JOIN = Verbs.index(",");

    private Assignment() {}

    /** The assignment's value (owned). */
    static long run(Interp in, Assign a) { return run(in, a, true); }

    /** The assignment for its effect alone. */
    static void exec(Interp in, Assign a) {
        if (a.op() != null && a.value() != null && a.index() != null && a.index().length == 1 && intItem(in, a)) return;
        if (a.op() != null && a.value() != null && a.index() == null) {
            if (((Node.Verb) a.op()).index() == JOIN) {
                append(in, a);
                return;
            }
            if (intAtom(in, a)) return;
        }
        cd(run(in, a, false));
    }

    /**
     * {@code v,:y} for its effect: y joined to v in v's own cell when the variable alone holds v,
     * else as any assignment. A short path of its own, shared by every append (a loop
     * {@code do[n; r,:y]} runs it before the JIT has compiled it, and the long {@link #assign}
     * is then cold for the loop that follows).
     */
    private static void append(Interp in, Assign a) {
        long v = in.eval(a.value());
        try {
            if (appended(in, a.target(), v) == 0) cd(assign(in, a, v, false));
        } catch (KError e) {
            throw in.locate(e, a.at());
        } finally {
            cd(v);
        }
    }

    /**
     * x,v written into x's own cell when the variable alone holds x (Append.into): the new
     * value, which the variable then holds, or 0 with nothing done. v is borrowed.
     */
    private static long appended(Interp in, Node target, long v) {
        long x = in.read(target);
        if (x == 0 || !own(in, target, x)) return 0;
        long r = Append.into(x, v);
        if (r != 0 && r != x) in.moved(target, r); // most appends fit where the cell lies
        return r;
    }

    /**
     * {@code x op: y} for its effect, x an int atom and y an int atom written as a literal or held
     * by a name: x changed where it lies when its variable alone holds it, else the variable
     * given a fresh atom of its own, which the next turn changes in place (an int atom verb's
     * small result is the workspace's shared atom, so {@code do[n; x+:1]} from 0 made each of its
     * first thousand results go the general way). False, with nothing done, for any other shape.
     */
    private static boolean intAtom(Interp in, Assign a) {
        Atomic.Op op = Verbs.row(((Node.Verb) a.op()).index()).atomic();
        if (op == null || op == Atomic.Op.POWER || !in.peekInt(a.value())) return false;
        long y = in.peeked, x = in.read(a.target());
        if (x == 0 || type(x) != INT) return false;
        long v = Atomic.ints(op, iv(x), y);
        if (own(in, a.target(), x)) setI(x, 0, v);
        else in.write(a.target(), ki(v));
        return true;
    }

    /**
     * {@code v[i] op: y} for its effect, i and y int atoms written as literals or held by names,
     * v an int vector the variable alone holds and i in range (or v a dict it alone holds, i a
     * symbol literal whose entry is an int atom only the dict holds): the item changed where it lies,
     * with no atom made or counted (a loop such as {@code do[n; a[17]+:1]} then runs a few reads
     * and one write a turn, which matters most before the JIT has compiled it). False, with
     * nothing done, for any other shape: the general path then runs as if this were not here.
     */
    private static boolean intItem(Interp in, Assign a) {
        Node index = a.index()[0];
        boolean key = index instanceof Node.Syms s && s.atom();
        if (!key && !in.peekInt(index)) return false;
        long i = in.peeked;
        Atomic.Op op = Verbs.row(((Node.Verb) a.op()).index()).atomic();
        if (op == null || !in.peekInt(a.value())) return false;
        long y = in.peeked, x = in.read(a.target());
        if (x == 0 || !own(in, a.target(), x)) return false;
        return key ? InPlace.intEntry(x, ((Node.Syms) index).ids()[0], op, y) : InPlace.intItem(x, i, op, y);
    }

    /** The value when wanted, else 0 or a value to release. */
    private static long run(Interp in, Assign a, boolean wanted) {
        long v = a.value() == null ? 0 : in.eval(a.value());
        try {
            return assign(in, a, v, wanted);
        } catch (KError e) {
            throw in.locate(e, a.at());
        } finally {
            if (v != 0) cd(v);
        }
    }

    private static long assign(Interp in, Assign a, long v, boolean wanted) {
        if (a.index() == null && a.op() == null) {
            in.write(a.target(), ci(v));
            return wanted ? ci(v) : 0;
        }
        int op = a.op() == null ? -1 : ((Node.Verb) a.op()).index();
        if (a.index() == null) {
            long old = in.read(a.target());
            if (old == 0) throw KError.value();
            if (op == JOIN && v != 0) {
                long r = appended(in, a.target(), v);
                if (r != 0) return wanted ? ci(r) : 0;
            }
            long r = v == 0 ? Verbs.get(op).monad(old) : Verbs.get(op).dyad(old, v);
            in.write(a.target(), r);
            return wanted ? ci(r) : 0;
        }
        long[] index = indices(in, a.index()); // first: an index may reassign the variable, c[c:1]:2
        long f = 0;
        try {
            long old = in.read(a.target());
            boolean mine = own(in, a.target(), old);
            if (mine && v != 0 && index.length == 1 && index[0] != 0) {
                long item = InPlace.amend(old, index[0], op, v, wanted);
                if (item != 0) return item;
            }
            if (op >= 0) f = Fn.verb(op, v == 0);
            // a global changed in place only when the change cannot stop half-way
            if (mine && !(a.target() instanceof Node.Local)) mine = Amend.atomicInPlace(old, index, f, v);
            Amend.checkFirstIndex(old, index);
            long r = Amend.assign(old == 0 ? nilValue() : old, mine, index, f, v);
            if (r == old) { // changed where it lies (only when nothing can fail): the variable holds it
                cd(r);
                return wanted ? Index.apply(r, index) : 0;
            }
            long value; // the value first: when it fails (d[(;!0)]:1 2), the variable is left as it was
            try {
                value = wanted ? Index.apply(r, index) : 0;
            } catch (Throwable e) {
                cd(r);
                throw e;
            }
            in.write(a.target(), r);
            return value;
        } finally {
            if (f != 0) cd(f);
            for (long i : index) if (i != 0) cd(i);
        }
    }

    /**
     * Whether the variable alone holds its value, which may then change where it lies: a local,
     * or a global whose dicts on the way the K-tree alone holds (a copy of .k sees no change);
     * never a captured copy, which its function keeps.
     */
    private static boolean own(Interp in, Node target, long old) {
        if (old == 0 || !isUnique(old)) return false;
        if (target instanceof Node.Local) return true;
        return target instanceof Node.Global g && in.tree().exclusive(g.name(), g.sym());
    }

    private static long[] indices(Interp in, Node[] nodes) {
        long[] out = new long[Math.max(1, nodes.length)];
        try {
            if (nodes.length == 0) out[0] = nil();
            for (int i = nodes.length - 1; i >= 0; i--) if (nodes[i] != null) out[i] = in.eval(nodes[i]);
            return out;
        } catch (Throwable e) {
            for (long x : out) if (x != 0) cd(x);
            throw e;
        }
    }
}

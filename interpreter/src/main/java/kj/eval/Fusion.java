package kj.eval;

import static kj.value.K.*;

import kj.error.KError;
import kj.parse.Node;
import kj.parse.Node.Dyad;
import kj.parse.Node.Fused;
import kj.parse.Node.Monad;
import kj.parse.Node.Verb;
import kj.prim.Chain;
import kj.prim.Verbs;

/**
 * Evaluates a chain of atomic verbs ({@link Fused}): its operands first (names and literals, which
 * have no side effects, in the written order), then the whole chain in one kernel pass when they
 * fit ({@link Chain}), else verb by verb as written, over the operands already read, so that the
 * value and any error are the ones the written form gives.
 */
final class Fusion {
    private Fusion() {}

    /**
     * After a chain does not fit, this many evaluations take the written form at once, then one
     * tries again: a chain over short vectors in a loop costs no more than the verbs one by one,
     * and one that meets long vectors later is fused again within this many turns.
     */
    private static final int PROBE_EVERY = 64;

    static long eval(Interp in, Fused f) {
        int[] skip = f.skip();
        if (skip[0] > 0) {
            skip[0]--;
            return in.eval(f.written());
        }
        Node[] nodes = f.operands();
        long[] v = new long[nodes.length];
        try {
            for (int i = 0; i < nodes.length; i++) v[i] = in.eval(nodes[i]);
        } catch (KError e) {
            release(v);
            if (e instanceof KError.Interrupt) throw e;
            return in.eval(f.written()); // an undefined name: the written form says where, after the verbs on its right
        } catch (Throwable e) {
            release(v);
            throw e;
        }
        try {
            long r;
            try {
                r = Chain.apply(f.code(), v);
            } catch (KError e) { // wsfull, Ctrl-C: at the verb the written form would have been making its first vector for
                throw in.locate(e, firstVerb(f.written()));
            }
            if (r != 0) return r;
            skip[0] = PROBE_EVERY - 1;
            return written(in, f.written(), v, new int[1]);
        } finally {
            release(v);
        }
    }

    /** The written form over the operands read, taking each over (its slot cleared) as it is used. */
    private static long written(Interp in, Node n, long[] v, int[] next) {
        if (n instanceof Dyad d) {
            long y = written(in, d.right(), v, next);
            long x;
            try {
                x = written(in, d.left(), v, next);
            } catch (Throwable e) {
                cd(y);
                throw e;
            }
            try {
                return Verbs.row(((Verb) d.fn()).index()).dyadOwned(x, y);
            } catch (KError e) {
                throw in.locate(e, d.at());
            }
        }
        if (n instanceof Monad m) {
            long x = written(in, m.arg(), v, next);
            try {
                return Verbs.row(((Verb) m.fn()).index()).monadOwned(x);
            } catch (KError e) {
                throw in.locate(e, m.at());
            }
        }
        int i = next[0]++;
        long x = v[i];
        v[i] = 0;
        return x;
    }

    /** Where the verb applied first is: the written form's deepest verb on its right-first walk. */
    private static int firstVerb(Node n) {
        if (n instanceof Dyad d) {
            if (d.right() instanceof Dyad || d.right() instanceof Monad) return firstVerb(d.right());
            if (d.left() instanceof Dyad || d.left() instanceof Monad) return firstVerb(d.left());
            return d.at();
        }
        Monad m = (Monad) n;
        return m.arg() instanceof Dyad || m.arg() instanceof Monad ? firstVerb(m.arg()) : m.at();
    }

    private static void release(long[] v) {
        for (long x : v) if (x != 0) cd(x);
    }
}

package kj.parse;

import java.util.ArrayList;
import java.util.List;
import kj.parse.Node.*;
import kj.prim.Primitive;
import kj.prim.Verbs;

/**
 * Finds chains of atomic verbs over plain operands (local and global names, number literals),
 * which evaluate without side effects, so that the evaluator may read every operand first and
 * run the chain in one pass ({@link Fused}). A chain of one verb gains nothing and stays as it is.
 */
final class Fusing {
    /** Longer chains are split: their slots would outgrow the kernel's cache-sized chunks. */
    private static final int MOST_VERBS = 32;

    private final List<Node> operands = new ArrayList<>();
    /** Code with operand references still unnumbered: operand i as i, verb j as -1-j. */
    private final List<int[]> verbs = new ArrayList<>();

    private Fusing() {}

    /** n as a Fused node when it is a chain of two or more atomic verbs over plain operands, else n. */
    static Node of(Node n) {
        if (!(n instanceof Dyad || n instanceof Monad)) return n;
        Node written = written(n);
        Fusing f = new Fusing();
        if (f.ref(written) == NOT || f.verbs.size() < 2 || f.verbs.size() > MOST_VERBS) return n;
        int leaves = f.operands.size();
        int[] code = new int[4 * f.verbs.size()];
        for (int j = 0; j < f.verbs.size(); j++) {
            int[] v = f.verbs.get(j);
            code[4 * j] = v[0];
            code[4 * j + 1] = v[1];
            code[4 * j + 2] = slot(v[2], leaves);
            code[4 * j + 3] = v[0] == 1 ? -1 : slot(v[3], leaves);
        }
        return new Fused(written, f.operands.toArray(new Node[0]), code);
    }

    private static final int NOT = Integer.MIN_VALUE;

    private static int slot(int ref, int leaves) { return ref >= 0 ? ref : leaves - 1 - ref; }

    /** The tree with any chain fused inside it written out again: one Fused node covers the whole chain. */
    private static Node written(Node n) {
        if (n instanceof Fused f) return f.written();
        if (n instanceof Dyad d && atomic(d)) return new Dyad(d.fn(), written(d.left()), written(d.right()), d.at());
        if (n instanceof Monad m && atomicMonad(m)) return new Monad(m.fn(), written(m.arg()), m.at());
        return n;
    }

    /** Walks n as the evaluator would (a dyad's right side first), numbering operands and verbs. */
    private int ref(Node n) {
        if (n instanceof Dyad d) {
            if (!atomic(d)) return NOT;
            int y = ref(d.right());
            int x = y == NOT ? NOT : ref(d.left());
            if (x == NOT) return NOT;
            verbs.add(new int[] {0, row(d.fn()).atomic().ordinal(), x, y});
            return -verbs.size();
        }
        if (n instanceof Monad m) {
            if (!atomicMonad(m)) return NOT;
            int x = ref(m.arg());
            if (x == NOT) return NOT;
            verbs.add(new int[] {1, row(m.fn()).atomicMonad().ordinal(), x, -1});
            return -verbs.size();
        }
        if (!plain(n)) return NOT;
        operands.add(n);
        return operands.size() - 1;
    }

    private static boolean plain(Node n) {
        return n instanceof Local || n instanceof Global || n instanceof Captured || n instanceof Ints || n instanceof Floats;
    }

    private static boolean atomic(Dyad d) { return d.fn() instanceof Verb v && !v.monadic() && row(v).atomic() != null; }

    private static boolean atomicMonad(Monad m) { return m.fn() instanceof Verb v && row(v).atomicMonad() != null; }

    private static Primitive row(Node verb) { return Verbs.row(((Verb) verb).index()); }
}

package kj.kernel;

import java.util.Arrays;
import kj.kpool.Mem;

/**
 * A chain of element-wise ops over operands of one count ({@code a+b*c-d}) run as one pass: chunk
 * by chunk the operands are copied in, every step runs over on-heap chunks that stay in cache,
 * and only the last step's chunk is written out. Step by step, each op would read its operands
 * from memory and write a whole intermediate back (im+im+im+im+im on 500x10000 ints: four
 * passes over 80 MB in, 40 MB out).
 *
 * <p>Slots 0..leaves-1 are the operands (a kind and a payload address each; an atom is read once),
 * slot leaves+i is what step i writes. A step is four ints: its kind, its op in
 * {@link Elementwise}'s numbering, and its operand slots a and b (b unused by a monad). Chunks are
 * shared between slots whose lives do not overlap, so a step may write over its own operand; every
 * op reads item i before it writes item i.
 */
public final class Chains {
    /** Operand kinds. */
    public static final int INTS = 0, FLOATS = 1, INT_ATOM = 2, FLOAT_ATOM = 3;
    /** Step kinds: comparisons of floats write ints, TO_FLOAT converts (0N to 0n...). */
    public static final int INT_DYAD = 0, FLOAT_DYAD = 1, FLOAT_COMPARE = 2, INT_MONAD = 3, FLOAT_MONAD = 4, TO_FLOAT = 5;

    private Chains() {}

    /** Whether a step of this kind and op writes floats. */
    public static boolean givesFloats(int kind, int op) {
        return switch (kind) {
            case FLOAT_DYAD, TO_FLOAT -> true;
            case INT_MONAD -> op == Elementwise.RECIP;
            case FLOAT_MONAD -> !Elementwise.floatMonadGivesInts(op);
            default -> false;
        };
    }

    /** Runs the steps over n items, writing the last step's slot at z (ints or floats, as it gives). */
    public static void run(int[] steps, int leaves, int[] kinds, long[] at, long z, long n) {
        if (n <= 0) return;
        int count = leaves + steps.length / 4, result = count - 1;
        boolean[] floats = new boolean[count];
        int[] chunk = new int[count];
        int[] same = leaves(leaves, kinds, at, floats);
        int[] used = new int[2];
        place(steps, leaves, kinds, same, floats, chunk, used);
        Scratch s = Scratch.get();
        long[][] ls = s.longChunks(used[0]);
        double[][] ds = s.doubleChunks(used[1]);
        for (int i = 0; i < leaves; i++) {
            if (same[i] != i) continue;
            if (kinds[i] == INT_ATOM) Arrays.fill(ls[chunk[i]], Mem.getLong(at[i]));
            if (kinds[i] == FLOAT_ATOM) Arrays.fill(ds[chunk[i]], Mem.getDouble(at[i]));
        }
        int c = Elementwise.chunk(n);
        for (long o = 0; o < n; o += c) {
            Elementwise.poll(o);
            int m = (int) Math.min(c, n - o);
            for (int i = 0; i < leaves; i++) {
                if (same[i] != i) continue;
                if (kinds[i] == INTS) Elementwise.load(at[i] + (o << 3), ls[chunk[i]], m);
                if (kinds[i] == FLOATS) Elementwise.load(at[i] + (o << 3), ds[chunk[i]], m);
            }
            for (int j = 0, k = 0; k < steps.length; j++, k += 4) {
                int out = chunk[leaves + j], a = chunk[slot(steps[k + 2], leaves, same)];
                int b = steps[k + 3] < 0 ? 0 : chunk[slot(steps[k + 3], leaves, same)];
                step(steps[k], steps[k + 1], out, a, b, ls, ds, m);
            }
            if (floats[result]) Elementwise.store(ds[chunk[result]], z + (o << 3), m);
            else Elementwise.store(ls[chunk[result]], z + (o << 3), m);
        }
    }

    private static void step(int kind, int op, int out, int a, int b, long[][] ls, double[][] ds, int m) {
        switch (kind) {
            case INT_DYAD -> Elementwise.ints(op, ls[out], ls[a], ls[b], m);
            case FLOAT_DYAD -> Elementwise.floats(op, ds[out], ds[a], ds[b], m);
            case FLOAT_COMPARE -> Elementwise.compare(op, ls[out], ds[a], ds[b], m);
            case INT_MONAD -> Elementwise.intMonad(op, ls[a], op == Elementwise.RECIP ? null : ls[out], op == Elementwise.RECIP ? ds[out] : null, m);
            case FLOAT_MONAD -> {
                boolean ints = Elementwise.floatMonadGivesInts(op);
                Elementwise.floatMonad(op, ds[a], ints ? null : ds[out], ints ? ls[out] : null, m);
            }
            case TO_FLOAT -> Elementwise.toFloats(ls[a], ds[out], m);
            default -> throw new IllegalArgumentException("step kind " + kind);
        }
    }

    /** Each operand's first twin (same kind and address: loaded once), and which slots hold floats. */
    private static int[] leaves(int leaves, int[] kinds, long[] at, boolean[] floats) {
        int[] same = new int[leaves];
        for (int i = 0; i < leaves; i++) {
            floats[i] = kinds[i] == FLOATS || kinds[i] == FLOAT_ATOM;
            same[i] = i;
            for (int j = 0; j < i; j++) {
                if (kinds[j] == kinds[i] && at[j] == at[i]) {
                    same[i] = j;
                    break;
                }
            }
        }
        return same;
    }

    private static int slot(int s, int leaves, int[] same) { return s < leaves ? same[s] : s; }

    /**
     * Gives every slot a chunk (an index into the long or the double chunks by the slot's type):
     * a step's chunk is one freed by an operand read for the last time, if any. Atoms keep theirs,
     * filled once. used gets how many long and double chunks there are.
     */
    private static void place(int[] steps, int leaves, int[] kinds, int[] same, boolean[] floats, int[] chunk, int[] used) {
        int count = chunk.length;
        int[] last = new int[count];
        Arrays.fill(last, -1);
        for (int j = 0, k = 0; k < steps.length; j++, k += 4) {
            last[slot(steps[k + 2], leaves, same)] = j;
            if (steps[k + 3] >= 0) last[slot(steps[k + 3], leaves, same)] = j;
        }
        int[][] free = {new int[count], new int[count]};
        int[] freed = new int[2];
        for (int i = 0; i < leaves; i++) if (same[i] == i) chunk[i] = used[floats[i] ? 1 : 0]++;
        for (int j = 0, k = 0; k < steps.length; j++, k += 4) {
            int s = leaves + j;
            floats[s] = givesFloats(steps[k], steps[k + 1]);
            for (int e = 2; e <= 3; e++) {
                if (steps[k + e] < 0) continue;
                int o = slot(steps[k + e], leaves, same);
                boolean atom = o < leaves && (kinds[o] == INT_ATOM || kinds[o] == FLOAT_ATOM);
                if (last[o] == j && !atom && (e == 2 || slot(steps[k + 2], leaves, same) != o)) {
                    int t = floats[o] ? 1 : 0;
                    free[t][freed[t]++] = chunk[o];
                }
            }
            int t = floats[s] ? 1 : 0;
            chunk[s] = freed[t] > 0 ? free[t][--freed[t]] : used[t]++;
        }
    }
}

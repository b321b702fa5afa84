package kj.sys;

import static kj.value.K.*;

import kj.value.ListBuilder;
import kj.prim.Atomic;
import kj.shape.Gather;
import kj.kernel.MathLoops;
import java.util.function.DoubleUnaryOperator;
import kj.error.KError;

/**
 * The kernel of the atomic math _ functions (the registry, {@link SysFns}, names them). Each takes ints or floats (atoms, vectors, lists of them) and
 * gives floats (0N/0I/-0I read as 0n/0i/-0i), except _abs, which keeps ints as ints, and
 * _ceiling, which gives ints (a tolerant ceiling, like _ does floor). _floor and _ceil are the
 * plain float floor and ceiling: _floor 1.9999999999999 is 1.0.
 */
final class MathFns {
    private MathFns() {}

    /** f over x; keepInts leaves int arguments int (for _abs). */
    static long apply(DoubleUnaryOperator f, boolean keepInts, long x) {
        int t = type(x);
        if (t == LIST) return Gather.map(n(x), i -> apply(f, keepInts, getL(x, i)));
        int a = Math.abs(t);
        if (a != INT && a != FLOAT) throw KError.type();
        long n = t > 0 ? 1 : n(x);
        if (a == INT && keepInts) {
            return ListBuilder.fill(Atomic.like(t, INT, n), z -> MathLoops.absInts(data(z), data(x), n));
        }
        return ListBuilder.fill(Atomic.like(t, FLOAT, n), z -> MathLoops.apply(f, data(z), data(x), n, a == INT));
    }
}

package kj.sys;

import static kj.value.K.*;

import kj.shape.Build;
import kj.prim.Match;
import kj.error.KError;
import kj.value.Context;
import kj.value.ListBuilder;

/**
 * f?y and ?[f;y;x0]: a root x of f[x]=y for each number y, by the secant method started near 1
 * (or near x0). Twenty steps without converging is a limit error.
 */
public final class Inverse {
    private static final int STEPS = 20;

    private Inverse() {}

    /** Inverts f at y; {@code start} (0 when absent) gives the starting points. */
    public static long invert(long f, long y, long start) {
        if (!numeric(y) || start != 0 && !numeric(start)) throw KError.type();
        long ny = Build.count(y), ns = start == 0 ? 0 : Build.count(start);
        boolean atom = type(y) > 0 && (start == 0 || type(start) > 0);
        if (!atom) {
            if (type(y) == LIST && ny == 0 || start != 0 && type(start) == LIST && ns == 0) return newList(0);
            if (ny == 0 || start != 0 && ns == 0) return newVec(FLOATV, 0);
            if (start != 0 && type(y) <= 0 && type(start) <= 0 && ny != ns) throw KError.length();
        }
        long n = Math.max(ny, ns);
        if (atom) return kf(root(f, number(y, 0), start == 0 ? Double.NaN : number(start, 0)));
        return ListBuilder.fill(newVec(FLOATV, n), z -> {
            for (long i = 0; i < n; i++) setF(z, i, root(f, number(y, i % ny), start == 0 ? Double.NaN : number(start, i % ns)));
        });
    }

    private static boolean numeric(long v) {
        int t = type(v);
        if (t == LIST) {
            for (long i = 0, n = n(v); i < n; i++) {
                int s = type(getL(v, i));
                if (s != INT && s != FLOAT) return false;
            }
            return true;
        }
        return Math.abs(t) == INT || Math.abs(t) == FLOAT;
    }

    private static double number(long v, long i) {
        return switch (type(v)) {
            case INT -> iv(v);
            case FLOAT -> fv(v);
            case INTV -> getI(v, i);
            case FLOATV -> getF(v, i);
            default -> number(getL(v, i), 0);
        };
    }

    private static double root(long f, double y, double start) {
        double[] x = new double[STEPS + 2], g = new double[STEPS + 2];
        x[0] = Double.isNaN(start) ? 0.9998 : 0.9999 * start;
        x[1] = Double.isNaN(start) ? 0.9999 : start;
        g[0] = apply(f, x[0]) - y;
        g[1] = apply(f, x[1]) - y;
        double tolerance = y != 0 ? y * 1e-6 : 1e-6;
        for (int i = 0; i < STEPS; i++) {
            double d = (x[i + 1] - x[i]) / (g[i + 1] - g[i]) * g[i + 1];
            x[i + 2] = x[i + 1] - d;
            g[i + 2] = apply(f, x[i + 2]) - y;
            if (Math.abs(d) < tolerance || Match.sameFloat(g[i + 2], 0)) return x[i + 2];
        }
        throw new KError.Limit();
    }

    private static double apply(long f, double x) {
        long a = kf(x);
        long r = 0;
        try {
            r = Context.current().apply(f, a);
            int t = type(r);
            return t == INT ? iv(r) : t == FLOAT ? fv(r) : Double.NaN;
        } finally {
            cd(a);
            if (r != 0) cd(r);
        }
    }
}

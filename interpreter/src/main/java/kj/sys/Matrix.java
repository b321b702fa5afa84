package kj.sys;

import static kj.value.K.*;

import kj.shape.Gather;
import kj.error.KError;
import kj.value.ListBuilder;

/**
 * _dot _mul _inv _lsq. A matrix is a list of rows. {@code a _lsq b} finds z minimising
 * |(+/z*b) - a| through a singular value decomposition (one-sided Jacobi), dropping singular
 * values below 1e-6 of the largest, so a singular system gets the least-norm answer.
 */
final class Matrix {
    private static final double TOL = 1e-6;

    private Matrix() {}

    /** x _dot y : +/x*y. */
    static long dot(long x, long y) {
        if (type(x) == INTV && type(y) == INTV) {
            if (n(x) != n(y)) throw KError.length();
            long s = 0;
            for (long i = 0, n = n(x); i < n; i++) s += getI(x, i) * getI(y, i);
            return ki(s);
        }
        if (type(x) < 0 && type(y) < 0 && Num.numeric(type(x)) && Num.numeric(type(y))) {
            if (n(x) != n(y)) throw KError.length();
            double s = 0;
            for (long i = 0, n = n(x); i < n; i++) s += Num.dv(x, i) * Num.dv(y, i);
            return kf(s);
        }
        long p = Num.mul(x, y);
        try {
            return Num.sum(p);
        } finally {
            cd(p);
        }
    }

    /** x _mul y : each row of x _dot y (the matrix product). */
    static long mul(long x, long y) {
        if (type(x) > 0) return dot(x, y);
        return Gather.each(x, r -> dot(r, y));
    }

    /** _inv x : the identity _lsq x. */
    static long inv(long x) {
        double[][] cols = columns(x);
        int n = cols.length;
        if (n == 0) throw KError.length();
        int r = cols[0].length;
        double[][] rhs = new double[r][r];
        for (int i = 0; i < r; i++) rhs[i][i] = 1;
        return solveAll(rhs, cols, true);
    }

    /** a _lsq b. */
    static long lsq(long a, long b) {
        int at = type(a);
        if (at > 0 || at < FLOATV || type(b) != LIST) throw KError.type();
        if (n(a) == 0 || n(b) == 0) throw KError.length();
        double[][] cols = columns(b);
        int r = cols[0].length;
        if (at == LIST) {
            double[][] rhs = new double[(int) n(a)][];
            for (int k = 0; k < rhs.length; k++) rhs[k] = vector(getL(a, k), r);
            return solveAll(rhs, cols, true);
        }
        return solveAll(new double[][] {vector(a, r)}, cols, false);
    }

    /** The items of b (each a numeric vector of one length) as the columns of a matrix. */
    private static double[][] columns(long b) {
        if (type(b) != LIST) throw KError.type();
        int n = (int) n(b);
        if (n == 0) return new double[0][];
        long first = getL(b, 0);
        int r = (int) n(first);
        if (type(first) > 0 || r == 0) throw KError.length();
        double[][] cols = new double[n][];
        for (int j = 0; j < n; j++) cols[j] = vector(getL(b, j), r);
        return cols;
    }

    private static double[] vector(long y, int r) {
        if (type(y) != INTV && type(y) != FLOATV) throw KError.type();
        if (n(y) != r) throw KError.length();
        double[] v = new double[r];
        for (int i = 0; i < r; i++) v[i] = Num.dv(y, i);
        return v;
    }

    private static long solveAll(double[][] rhs, double[][] cols, boolean list) {
        int n = cols.length, r = cols[0].length, m = Math.max(r, n);
        double[][] u = new double[n][m];
        for (int j = 0; j < n; j++) System.arraycopy(cols[j], 0, u[j], 0, r);
        double[][] v = new double[n][n];
        for (int j = 0; j < n; j++) v[j][j] = 1;
        jacobi(u, v);
        double[] w = new double[n];
        double wmax = 0;
        for (int j = 0; j < n; j++) {
            w[j] = Math.sqrt(dotCols(u[j], u[j]));
            wmax = Math.max(wmax, w[j]);
        }
        double[][] res = new double[rhs.length][];
        for (int k = 0; k < rhs.length; k++) {
            double[] z = new double[n];
            for (int j = 0; j < n; j++) {
                if (w[j] < TOL * wmax || w[j] == 0) continue;
                double s = 0;
                for (int i = 0; i < r; i++) s += u[j][i] * rhs[k][i];
                s /= w[j] * w[j];
                for (int i = 0; i < n; i++) z[i] += v[j][i] * s;
            }
            res[k] = z;
        }
        if (!list) return floats(res[0]);
        return ListBuilder.map(res.length, k -> floats(res[(int) k]));
    }

    private static double dotCols(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Rotates pairs of columns of u until they are orthogonal; v collects the rotations. */
    private static void jacobi(double[][] u, double[][] v) {
        int n = u.length;
        for (int sweep = 0; sweep < 80; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = dotCols(u[p], u[p]), beta = dotCols(u[q], u[q]), gamma = dotCols(u[p], u[q]);
                    if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta == 0 ? 1 : zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    double c = 1 / Math.sqrt(1 + t * t), s = c * t;
                    rotate(u[p], u[q], c, s);
                    rotate(v[p], v[q], c, s);
                }
            }
            if (!rotated) return;
        }
        throw KError.of("limit");
    }

    private static void rotate(double[] a, double[] b, double c, double s) {
        for (int i = 0; i < a.length; i++) {
            double x = a[i], y = b[i];
            a[i] = c * x - s * y;
            b[i] = s * x + c * y;
        }
    }
}

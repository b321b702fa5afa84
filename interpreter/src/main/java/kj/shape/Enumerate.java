package kj.shape;

import static kj.value.K.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kj.error.KError;
import kj.value.Dict;
import kj.value.ListBuilder;

/** !x: the integers below n, the keys of a dict, the odometer of an int vector, a directory. */
public final class Enumerate {
    private Enumerate() {}

    public static long enumerate(long x) {
        return switch (type(x)) {
            case INT -> upTo(iv(x));
            case FLOAT -> upTo(count(fv(x)));
            case INTV -> odometer(x);
            case DICT -> keys(x);
            case NIL -> newVec(SYMV, 0);
            case CHAR, CHARV -> directory(str(x));
            case SYM -> throw KError.of("nyi"); // Kona has not implemented !`sym (K3 lists that directory)
            default -> throw KError.domain();
        };
    }

    /** A float count truncated; 0n and one past the ints (0i, 1e19) are a domain error, as Kona. */
    private static long count(double v) {
        if (!(Math.abs(v) < 0x1p63)) throw KError.domain();
        return (long) v;
    }

    static long upTo(long n) {
        if (n < 0) throw KError.domain();
        long z = Build.vec(INTV, n);
        kj.kernel.Fills.iota(data(z), n);
        return z;
    }

    static long keys(long d) {
        long n = n(d);
        long z = newVec(SYMV, n);
        for (long i = 0; i < n; i++) setS(z, i, Dict.key(d, i));
        return z;
    }

    /** Every index tuple of an array of shape x, in row-major order: one int vector per tuple. */
    private static long odometer(long x) {
        long[] shape = longs(x);
        int k = shape.length;
        long p = 1;
        for (long d : shape) {
            if (d < 0) throw KError.intError();
            try {
                p = Math.multiplyExact(p, d);
            } catch (ArithmeticException e) {
                throw KError.intError();
            }
        }
        if (k == 0) p = 0;
        long[] digits = new long[k];
        long rows = p;
        return ListBuilder.map(rows, r -> {
            long row = ints(digits);
            for (int i = k - 1; i >= 0; i--) {
                if (++digits[i] < shape[i]) break;
                digits[i] = 0;
            }
            return row;
        });
    }

    /**
     * The names in a directory, sorted, as a list of strings (empty when it cannot be read):
     * what Kona's {@code ls} gives, so no name that starts with a dot.
     */
    private static long directory(String path) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(path.isEmpty() ? "." : path))) {
            s.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).forEach(names::add);
        } catch (IOException | RuntimeException e) {
            return newList(0);
        }
        names.sort(null);
        return ListBuilder.map(names.size(), i -> chars(names.get((int) i)));
    }
}

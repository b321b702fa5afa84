package kj.eval;

import static kj.value.K.*;

import java.io.PrintStream;
import java.util.Arrays;
import kj.error.KError;
import kj.print.Printer;
import kj.value.Dict;
import kj.value.Settings;
import kj.value.Sym;

/**
 * The backslash commands whose typed form prints as Kona's does, the same for a script, the
 * terminal and the conformance runner (all read lines through {@link Script}): {@code \d} shows
 * the directory without a backquote and {@code \d ^} goes up, {@code \e} shows or sets the error
 * flag, {@code \v} lists names, {@code \r} restarts the generator and shows its seed. Other
 * commands, and these given arguments K reaches through execute, are {@link Commands}'.
 */
final class TypedCommands {
    private TypedCommands() {}

    /** Runs {@code \word rest} when it is one of these and prints what it shows; false otherwise. */
    static boolean run(Interp in, String word, String rest, PrintStream out) {
        switch (word) {
            case "d" -> {
                if (!rest.isEmpty() && !rest.equals("^")) return false;
                int[] dir = in.tree().dir();
                if (rest.isEmpty()) out.println(Commands.dirName(dir));
                else if (dir.length > 1) in.tree().setDir(Arrays.copyOf(dir, dir.length - 1));
            }
            case "e" -> errorFlag(in.ws.settings(), rest, out);
            case "v" -> names(in, rest, out);
            case "r" -> seed(in.ws.settings(), rest, out);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void errorFlag(Settings s, String rest, PrintStream out) {
        if (rest.isEmpty()) {
            out.println(s.errorFlag);
            return;
        }
        int f = integer(rest);
        if (f < 0 || f > 2) throw KError.domain();
        s.errorFlag = f;
    }

    /** \v [dir]: the names defined in the current (or given) directory, as a symbol vector. */
    private static void names(Interp in, String rest, PrintStream out) {
        int[] path = rest.isEmpty() ? in.tree().dir() : path(in, rest);
        long d = in.tree().getPath(path);
        long n = d == 0 || type(d) != DICT ? 0 : n(d);
        long v = newVec(SYMV, n);
        try {
            for (long i = 0; i < n; i++) setS(v, i, Dict.key(d, i));
            out.println(Printer.show(v, in.ws.settings().precision));
        } finally {
            cd(v);
        }
    }

    private static int[] path(Interp in, String name) {
        String[] parts = name.startsWith(".") ? name.substring(1).split("\\.") : name.split("\\.");
        int[] dir = in.tree().dir();
        int base = name.startsWith(".") ? 0 : dir.length;
        int[] p = Arrays.copyOf(dir, base + parts.length);
        for (int i = 0; i < parts.length; i++) p[base + i] = Sym.intern(parts[i]);
        return p;
    }

    /** \r restarts the random generator from its seed and prints it, as Kona; \r n seeds it. */
    private static void seed(Settings s, String rest, PrintStream out) {
        if (rest.isEmpty()) {
            s.seed(s.seed());
            out.println(s.seed());
            return;
        }
        long n;
        try {
            n = Long.parseLong(rest.strip());
        } catch (NumberFormatException e) {
            throw KError.type();
        }
        // \r 0 picks a seed at random, as Kona
        s.seed(n != 0 ? n : new java.util.SplittableRandom().nextLong() | 1);
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw KError.type();
        }
    }
}

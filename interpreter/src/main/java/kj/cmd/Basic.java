package kj.cmd;

import static kj.value.K.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kj.error.KError;
import kj.eval.Workspace;
import kj.eval.Script;
import kj.value.Dict;
import kj.value.Sym;

/** The commands of Kona's workspace settings and K-tree: \l \d \v \p \e \r \b. */
final class Basic {
    private Basic() {}

    /** Kona's largest print precision. */
    static final int MAX_PRECISION = 19;
    /** How deep \l may nest (a file that loads itself stops here). */
    static final int MAX_LOADS = 64;

    static final Command[] ROWS = {
        new Command("l", "f", "run script f (or f.k) here, as if typed", Basic::load),
        new Command("d", "[d|^]", "show / change the directory (^: up one)", Basic::directory),
        new Command("v", "[d|^]", "names defined in the directory", Basic::names),
        new Command("p", "[n]", "show / set the print precision (0: full)", Basic::precision),
        new Command("e", "[n]", "show / set the error flag: 0 or 1 goes on after an error, 2 exits", Basic::errorFlag),
        new Command("r", "[n]", "restart the random generator from its seed / set the seed", Basic::seed),
        new Command("b", "[n|t|s]", "show / set what \\x does: n nothing, t show x, s stop (suspend) there", Basic::breakMode),
    };

    private static long precision(Script in, String arg) {
        var settings = in.workspace().settings();
        if (arg.isEmpty()) return ki(settings.precision);
        settings.precision = (int) Args.between(arg, 0, MAX_PRECISION);
        return nil();
    }

    /** \e prints the flag and \e n sets it, as Kona (which prints what it takes for another n). */
    private static long errorFlag(Script in, String arg) {
        var settings = in.workspace().settings();
        switch (arg) {
            case "" -> print(in, settings.errorFlag + "\n");
            case "0", "1", "2" -> settings.errorFlag = arg.charAt(0) - '0';
            default -> print(in, "valid options are: 0, 1, 2\n");
        }
        return nil();
    }

    /** \b prints the mode and \b n|t|s sets it, as Kona (which prints what it takes for another word). */
    private static long breakMode(Script in, String arg) {
        var settings = in.workspace().settings();
        switch (arg) {
            case "" -> print(in, settings.breakMode + "\n");
            case "n", "t", "s" -> settings.breakMode = arg.charAt(0);
            default -> print(in, "valid options are: n, s, t\n");
        }
        return nil();
    }

    /** \r restarts the generator from its seed and gives it, as Kona; \r n sets the seed. */
    private static long seed(Script in, String arg) {
        var settings = in.workspace().settings();
        if (arg.isEmpty()) {
            settings.seed(settings.seed());
            return ki(settings.seed());
        }
        long n = Args.integer(arg);
        settings.seed(n != 0 ? n : new java.util.SplittableRandom().nextLong() | 1); // \r 0: a seed at random, as Kona
        return nil();
    }

    /** \d prints the directory as Kona does (no backquote); \d x changes it; \d ^ goes up. */
    private static long directory(Script in, String arg) {
        Workspace k = in.workspace();
        if (arg.isEmpty()) {
            print(in, name(k.tree().dir()) + "\n");
            return nil();
        }
        k.tree().setDir(path(k, arg));
        return nil();
    }

    /** \v: the names in the directory (or the one given) as a symbol vector; nil when none. */
    private static long names(Script in, String arg) {
        Workspace k = in.workspace();
        long d = k.tree().getPath(arg.isEmpty() ? k.tree().dir() : path(k, arg));
        if (d == 0 || type(d) != DICT || n(d) == 0) return nil();
        long n = n(d);
        long v = newVec(SYMV, n);
        for (long i = 0; i < n; i++) setS(v, i, Dict.key(d, i));
        return v;
    }

    /** A directory as Kona writes it: ".k", ".a.b"; the root is "". */
    static String name(int[] path) {
        StringBuilder b = new StringBuilder();
        for (int s : path) b.append('.').append(Sym.name(s));
        return b.toString();
    }

    /**
     * The directory an argument names: ^ the parent (the root is its own parent), . the root,
     * .a.b from the root, a.b from the current directory. Not a name: a domain error.
     */
    static int[] path(Workspace k, String arg) {
        int[] dir = k.tree().dir();
        if (arg.equals("^")) return Arrays.copyOf(dir, Math.max(0, dir.length - 1));
        if (arg.equals(".")) return new int[0];
        boolean absolute = arg.startsWith(".");
        String[] parts = (absolute ? arg.substring(1) : arg).split("\\.", -1);
        int base = absolute ? 0 : dir.length;
        int[] p = Arrays.copyOf(absolute ? new int[0] : dir, base + parts.length);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[A-Za-z][A-Za-z0-9]*")) throw KError.domain();
            p[base + i] = Sym.intern(parts[i]);
        }
        return p;
    }

    /**
     * \l file (or file.k): its lines run here as if typed, values and errors printed, and the
     * directory is restored afterwards, as in Kona. A missing file prints "f: file not found",
     * as Kona prints it, and gives nil.
     */
    static long load(Script in, String file) {
        if (file.isEmpty()) {
            print(in, ": file not found\n");
            return nil();
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p) && !file.endsWith(".k")) p = Path.of(file + ".k");
        if (!Files.isRegularFile(p)) {
            print(in, file + ": file not found\n");
            return nil();
        }
        String src;
        try {
            src = Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            throw KError.of("file");
        }
        if (in.depth() >= MAX_LOADS) throw KError.of("stack");
        Workspace k = in.workspace();
        int[] dir = k.tree().dir();
        Script child = in.child();
        try (Script.Reading r = child.reading(p.toString())) {
            child.feedAll(src, true);
        } finally {
            k.tree().setDir(dir);
        }
        return nil();
    }

    static void print(Script in, String text) {
        if (in.out() == null) return;
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        in.out().write(b, 0, b.length);
    }
}

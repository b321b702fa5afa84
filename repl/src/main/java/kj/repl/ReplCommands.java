package kj.repl;

import static kj.value.K.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import kj.error.KError;
import kj.eval.Commands;
import kj.parse.Node;
import kj.parse.Parser;
import kj.print.Printer;
import kj.value.Dict;
import kj.value.K;
import kj.value.Sym;

/**
 * The backslash commands that belong to the terminal: help screens, the error flag, the name
 * list, the directory as Kona prints it, loading a file as if typed, the random seed, timing
 * with repeats and space, and the workspace (memory) commands. The rest ({@code \t \p} and
 * {@code \\}) are the interpreter's, reached through the script reader.
 */
final class ReplCommands {
    private static final Set<String> WORDS =
            Set.of("", "0", "+", "'", ":", "_", ".", "d", "e", "l", "v", "w", "gc", "m", "ts", "r");
    /** How deep \l may nest (a file that loads itself stops here). */
    private static final int MAX_LOADS = 64;

    private final Session s;
    private final boolean fancy;
    private int loads;

    ReplCommands(Session s, boolean fancy) {
        this.s = s;
        this.fancy = fancy;
    }

    /** True when the line is one of these commands. */
    boolean handles(String line) {
        if (!line.startsWith("\\")) return false;
        String w = word(line.substring(1));
        return WORDS.contains(w) || w.matches("t:\\d+");
    }

    /** Runs a command; the text starts after the backslash. */
    void run(String text) {
        String w = word(text);
        String rest = text.strip().substring(w.length()).strip();
        try {
            switch (w) {
                case "" -> s.text(Help.MAIN);
                case "0" -> s.text(Help.NOUNS);
                case "+" -> s.text(Help.VERBS);
                case "'" -> s.text(Help.ADVERBS);
                case ":" -> s.text(Help.IO);
                case "_" -> s.text(Help.RESERVED);
                case "." -> s.text(Help.CONTROL);
                case "d" -> directory(rest);
                case "e" -> errorFlag(rest);
                case "l" -> load(rest);
                case "v" -> names(rest);
                case "w" -> workspace(rest);
                case "gc" -> s.text(s.ws.pool().trim() + " bytes returned to the system\n");
                case "m" -> audit();
                case "ts" -> timeSpace(rest);
                case "r" -> seed(rest);
                default -> timeRepeated(Integer.parseInt(w.substring(2)), rest);
            }
        } catch (KError e) {
            s.error(e);
        }
    }

    private static String word(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
        return t.substring(0, i);
    }

    private void errorFlag(String rest) {
        if (rest.isEmpty()) {
            s.text(s.ws.settings().errorFlag + "\n");
            return;
        }
        int f = integer(rest);
        if (f < 0 || f > 2) throw KError.domain();
        s.ws.settings().errorFlag = f;
    }

    /** \v [dir]: the names defined in the current (or given) directory, as a symbol vector. */
    private void names(String rest) {
        int[] path = rest.isEmpty() ? s.interp.tree().dir() : path(rest);
        long d = s.interp.tree().getPath(path);
        long n = d == 0 || type(d) != DICT ? 0 : K.n(d);
        long v = newVec(SYMV, n);
        try {
            for (long i = 0; i < n; i++) setS(v, i, Dict.key(d, i));
            s.out.println(Printer.show(v, s.ws.settings().precision));
        } finally {
            cd(v);
        }
    }

    private int[] path(String name) {
        String[] parts = name.startsWith(".") ? name.substring(1).split("\\.") : name.split("\\.");
        int[] dir = s.interp.tree().dir();
        int base = name.startsWith(".") ? 0 : dir.length;
        int[] p = Arrays.copyOf(dir, base + parts.length);
        for (int i = 0; i < parts.length; i++) p[base + i] = Sym.intern(parts[i]);
        return p;
    }

    /** \r restarts the random generator from its seed and prints it, as Kona; \r n seeds it. */
    private void seed(String rest) {
        if (rest.isEmpty()) {
            s.ws.settings().seed(s.ws.settings().seed());
            s.text(s.ws.settings().seed() + "\n");
            return;
        }
        try {
            s.ws.settings().seed(Long.parseLong(rest.strip()));
        } catch (NumberFormatException e) {
            throw KError.type();
        }
    }

    /** \d prints the directory without a backquote, as Kona; \d ^ goes up; else the interpreter's \d. */
    private void directory(String rest) {
        int[] dir = s.interp.tree().dir();
        if (rest.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (int sym : dir) b.append('.').append(Sym.name(sym));
            s.text(b.append('\n').toString());
        } else if (rest.equals("^")) {
            if (dir.length > 1) s.interp.tree().setDir(Arrays.copyOf(dir, dir.length - 1));
        } else {
            cd(Commands.run(s.interp, "d " + rest));
        }
    }

    /** \l file (or file.k): its lines run here as if typed, values and errors printed, as Kona. */
    private void load(String file) {
        Path p = Path.of(file);
        if (!Files.exists(p) && !file.endsWith(".k")) p = Path.of(file + ".k");
        String src;
        try {
            src = Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            throw KError.of("file");
        }
        if (loads >= MAX_LOADS) throw KError.of("stack");
        loads++;
        try {
            s.file(p.toString(), src);
        } finally {
            loads--;
        }
    }

    private void workspace(String rest) {
        if (rest.isEmpty()) s.text(MemoryReport.summary(s.ws.pool().stats(), s.ws.pool().maxUsed(), Sym.count()));
        else if (rest.equals("l")) s.text(MemoryReport.lanes(s.ws.pool().stats(), s.ws.pool().maxUsed(), fancy));
        else {
            long mb = integer(rest);
            if (mb < 0) throw KError.domain();
            s.ws.pool().setCap(mb << 20);
        }
    }

    private void audit() { s.text(MemoryReport.audit(s.ws.pool().audit(), s.ws.reach(), s.ws.pool().stats())); }

    /** \t:n expr — runs expr n times; prints the total milliseconds. */
    private void timeRepeated(int n, String expr) {
        Node node = Parser.parse(expr);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) evalAndDrop(node);
        s.text((System.nanoTime() - start) / 1_000_000 + "\n");
    }

    /** \ts expr — prints milliseconds and the peak workspace bytes the expression added. */
    private void timeSpace(String expr) {
        Node node = Parser.parse(expr);
        long before = s.ws.pool().used();
        s.ws.pool().resetPeak();
        long start = System.nanoTime();
        evalAndDrop(node);
        long ms = (System.nanoTime() - start) / 1_000_000;
        s.text(ms + " " + (s.ws.pool().stats().peakUsed() - before) + "\n");
    }

    private void evalAndDrop(Node node) {
        s.interp.interrupted = false;
        cd(s.interp.evalTop(node));
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw KError.type();
        }
    }
}

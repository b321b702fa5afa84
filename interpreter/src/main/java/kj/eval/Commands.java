package kj.eval;

import static kj.value.K.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kj.error.KError;
import kj.value.Sym;

/**
 * Kona's backslash commands that K code can reach too ({@code . "\\t expr"}): each returns a
 * K value (nil when there is nothing to show). Commands that belong to a terminal (help,
 * memory tables) are the REPL's.
 */
public final class Commands {
    private Commands() {}

    /** Runs {@code \cmd args}; the text starts after the backslash. */
    public static long run(Interp in, String text) {
        String cmd = text.strip();
        String word = cmd.split("\\s+", 2)[0];
        String rest = cmd.length() > word.length() ? cmd.substring(word.length()).strip() : "";
        return switch (word) {
            case "t" -> time(in, rest);
            case "p" -> {
                if (rest.isEmpty()) yield ki(in.ws.settings().precision);
                int p;
                try {
                    p = Integer.parseInt(rest);
                } catch (NumberFormatException e) {
                    throw KError.type();
                }
                // Kona keeps 0 (all digits) to 19
                if (p < 0 || p > 19) throw KError.domain();
                in.ws.settings().precision = p;
                yield nil();
            }
            case "d" -> directory(in, rest);
            case "e" -> {
                if (rest.isEmpty()) yield ki(in.ws.settings().errorFlag);
                int f = rest.matches("[0-2]") ? rest.charAt(0) - '0' : -1;
                if (f < 0) throw KError.domain();
                in.ws.settings().errorFlag = f;
                yield nil();
            }
            case "r" -> {
                if (rest.isEmpty()) throw KError.nonce();
                in.ws.settings().seed(Long.parseLong(rest));
                yield nil();
            }
            case "l" -> load(in, rest);
            default -> throw KError.nonce();
        };
    }

    private static long time(Interp in, String expr) {
        kj.parse.Node node = kj.parse.Parser.parse(expr);
        long start = System.nanoTime();
        cd(in.evalTop(node));
        return ki((System.nanoTime() - start) / 1_000_000);
    }

    private static long directory(Interp in, String rest) {
        if (rest.isEmpty()) return ks(Sym.intern(dirName(in.tree.dir())));
        String path = rest.startsWith(".") ? rest.substring(1) : rest;
        String[] parts = path.split("\\.");
        int[] p = new int[parts.length];
        for (int i = 0; i < p.length; i++) p[i] = Sym.intern(parts[i]);
        in.tree.setDir(p);
        return nil();
    }

    static String dirName(int[] path) {
        StringBuilder b = new StringBuilder();
        for (int s : path) b.append('.').append(Sym.name(s));
        return b.toString();
    }

    /** \l file: runs a script in this workspace; its last value is the result. */
    public static long load(Interp in, String file) {
        Path p = Path.of(file);
        if (!Files.exists(p) && !file.endsWith(".k")) p = Path.of(file + ".k");
        try {
            String src = Files.readString(p, StandardCharsets.ISO_8859_1);
            Script s = new Script(in, null);
            s.feedAll(src);
            return nil();
        } catch (IOException e) {
            throw KError.of("file");
        }
    }
}

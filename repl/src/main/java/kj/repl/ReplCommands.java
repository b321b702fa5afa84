package kj.repl;

import static kj.value.K.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kj.error.KError;
import kj.parse.Node;
import kj.parse.Parser;
import kj.value.K;
import kj.value.Sym;

/**
 * The backslash commands that belong to the terminal: help screens, loading a file as if
 * typed, timing with repeats and space, and the workspace (memory) commands. The rest ({@code \d
 * \e \v \r \t \p} and {@code \\}) are the interpreter's, reached through the script reader,
 * so a script, the terminal and the conformance runner print them alike.
 */
final class ReplCommands {
    private static final Set<String> WORDS =
            Set.of("", "0", "+", "'", ":", "_", ".", "l", "w", "gc", "m", "ts");
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
                case "l" -> load(rest);
                case "w" -> workspace(rest);
                case "gc" -> s.text(s.ws.pool().trim() + " bytes returned to the system\n");
                case "m" -> audit();
                case "ts" -> timeSpace(rest);
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

package kj.cmd;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kj.error.KError;
import kj.eval.Script;

/**
 * The table of backslash commands, one row per command, used by scripts, the REPL and
 * {@code ."\\..."} alike. A line {@code \word rest} runs the row named {@code word}, or the
 * row {@code "word sub"} when the first word of rest names one ({@code \w l}), so a command
 * grows sub-views by adding rows. As in Kona, a word with no row runs in the shell when it is
 * longer than one character ({@code \ls}, {@code \echo hi}) and is a domain error when it is one
 * character. The REPL adds its terminal rows with {@link #add}.
 */
public final class Commands implements kj.eval.Backslash {
    private final Map<String, Command> rows = new LinkedHashMap<>();
    private Timer timer;
    private MemoryViews memory;

    /** The interpreter's own commands (everything but the terminal's). */
    public static Commands standard() {
        Commands c = new Commands();
        for (Command row : Help.ROWS) c.add(row);
        c.add(new Command("\\", "", "leave (also Ctrl-D at the prompt)", (in, arg) -> {
            in.requestExit();
            return nil();
        }));
        for (Command row : Basic.ROWS) c.add(row);
        for (Command row : Timing.ROWS) c.add(row);
        for (Command row : PoolCommands.ROWS) c.add(row);
        return c;
    }

    /** The table of the workspace a script runs in (opened with a table of this package). */
    static Commands of(Script in) { return (Commands) in.workspace().commands; }

    /** The workspace's memory views (\\w and its letters) and their history, made the first time asked for. */
    public synchronized MemoryViews memory(kj.eval.Workspace k) {
        if (memory == null) memory = new MemoryViews(k);
        return memory;
    }

    /** The workspace's timer (\\t n), made the first time it is asked for. */
    synchronized Timer timer(kj.eval.Workspace k) {
        if (timer == null) timer = new Timer(k);
        return timer;
    }

    /** Stops the timer when there is one, and waits for it to leave the workspace (closing). */
    public void close() {
        Timer t;
        synchronized (this) {
            t = timer;
        }
        if (t != null) t.close();
    }

    /** Adds a row, or replaces the row of that name. */
    public void add(Command row) { rows.put(row.name(), row); }

    /** The rows in the order the help screen lists them. */
    public List<Command> rows() { return List.copyOf(rows.values()); }

    /** The row of a name, or null. */
    public Command row(String name) { return rows.get(name); }

    /** Runs {@code \text} (text is what follows the backslash) for a reader; returns its value. */
    public long run(Script in, String text) {
        if (text.isBlank()) return Help.main(in, this);
        // "\ ls": a blank after the backslash means a shell command, as in Kona.
        if (Character.isWhitespace(text.charAt(0))) return Shell.run(in, text.strip());
        String[] w = Args.split(text);
        String word = w[0], rest = w[1];
        if (word.startsWith("t:")) return Timing.repeated(in, word.substring(2), rest);
        if (!rest.isEmpty()) {
            String[] sub = Args.split(rest);
            Command row = rows.get(word + " " + sub[0]);
            if (row != null) return row.action().run(in, sub[1]);
        }
        Command row = rows.get(word);
        if (row != null) return row.action().run(in, rest);
        if (word.length() == 1) throw KError.domain();
        return Shell.run(in, text.strip());
    }

    /** The help screen's lines for the rows: {@code \name args} and the help text. */
    List<String> helpLines(java.util.function.Predicate<Command> which) {
        List<String> out = new ArrayList<>();
        for (Command r : rows.values()) {
            if (r.args() == null || !which.test(r)) continue;
            String form = "\\" + r.name() + (r.args().isEmpty() ? "" : " " + r.args());
            out.add(String.format("  %-14s %s", form, r.help()));
        }
        return out;
    }
}

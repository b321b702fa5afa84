package kj.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * The interactive loop over a JLine terminal: Kona's two-space prompt, line editing, history
 * in a file, reverse search, chunks spanning lines while a bracket is open, tab completion.
 * Ctrl-C at the prompt clears the line (JLine's own handler); while K runs see {@link Interrupts}.
 */
final class TerminalRepl {
    static final String PROMPT = "  ";
    static final String MORE = ">  ";
    static final String BANNER = "kj, K3 on the JVM    \\ for help, \\\\ to leave\n\n";

    private TerminalRepl() {}

    /** The history file: system property kj.history, else ~/.kj_history. */
    static Path historyFile() {
        String p = System.getProperty("kj.history");
        return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".kj_history");
    }

    /** The line reader of a session on a terminal: history, completion, multi-line input. */
    static LineReader reader(Session s, Terminal terminal, Path history) {
        // A pseudo-terminal nobody sized reports 0 columns; JLine then wraps every character.
        if (terminal.getWidth() <= 0) terminal.setSize(new Size(80, Math.max(terminal.getHeight(), 24)));
        return LineReaderBuilder.builder()
                .appName("kj")
                .terminal(terminal)
                .parser(new KParser())
                .completer(new KCompleter(s))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M  ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
    }

    /** A suspended lambda's lines from the terminal, as K text (one char per byte); null at Ctrl-D. */
    static Session.Input input(LineReader reader) {
        Charset cs = reader.getTerminal().encoding();
        return prompt -> {
            while (true) {
                try {
                    String line = reader.readLine(prompt);
                    return new String(line.getBytes(cs), StandardCharsets.ISO_8859_1);
                } catch (UserInterruptException e) {
                    // Ctrl-C at a suspended prompt: ask again
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        };
    }

    /** Runs the loop until Ctrl-D or \\. */
    static void run(Session s, Terminal terminal, LineReader reader) throws IOException {
        Charset cs = terminal.encoding();
        s.text(BANNER);
        s.out.flush();
        try {
            while (!s.exitRequested()) {
                String line;
                try {
                    line = reader.readLine(s.script.continuing() ? MORE : PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                // K chars are bytes: hand K the terminal's bytes, one char per byte.
                s.lines(new String(line.getBytes(cs), StandardCharsets.ISO_8859_1));
                s.out.flush();
            }
        } finally {
            reader.getHistory().save();
            s.out.flush();
        }
    }

    /** A print stream over the terminal's output for K text (Latin-1 bytes go out unchanged). */
    static PrintStream output(Terminal terminal) {
        return new PrintStream(terminal.output(), false, StandardCharsets.ISO_8859_1);
    }
}

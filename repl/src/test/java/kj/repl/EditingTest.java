package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** The pieces JLine calls: when Enter goes on to another line, and what Tab offers. */
class EditingTest {
    private final KParser parser = new KParser();

    @Test
    void openBracketsAndStringsContinue() {
        assertEquals(1, Brackets.open("f:{x"));
        assertEquals(2, Brackets.open("(1;[2"));
        assertEquals(1, Brackets.open("\"abc"));
        assertEquals(0, Brackets.open("\"(\""), "a bracket in a string");
        assertEquals(0, Brackets.open("1 / (comment"), "a bracket in a comment");
        assertEquals(1, Brackets.open("a:1/(x"), "a slash after a name is over, not a comment");
        assertEquals(0, Brackets.open("\"a\\\"(\""), "an escaped quote");
        assertThrows(EOFError.class, () -> parser.parse("f:{x\n", 5, ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> parser.parse("f:{x}", 5, ParseContext.ACCEPT_LINE));
        assertDoesNotThrow(() -> parser.parse("\\t (", 4, ParseContext.ACCEPT_LINE), "commands are one line");
        assertDoesNotThrow(() -> parser.parse("f:{x", 4, ParseContext.COMPLETE), "completion never waits");
    }

    @Test
    void theWordIsTheNameBeforeTheCursor() {
        var w = parser.parse("a+foo.ba", 8, ParseContext.COMPLETE);
        assertEquals("foo.ba", w.word());
        assertEquals(6, w.wordCursor());
        assertEquals("\\w", parser.parse("\\w", 2, ParseContext.COMPLETE).word());
        assertEquals("_dr", parser.parse("1 _dr", 5, ParseContext.COMPLETE).word());
    }

    @Test
    void completionFromTheKTree() {
        Session s = new Session(new ByteArrayOutputStream(), false);
        try (s) {
            s.lines("alpha:1\nalps:2 3\nbeta:{x}\nd.x:4\nd.yy:5");
            assertEquals(List.of("alpha", "alps"), complete(s, "2*al"));
            assertEquals(List.of("d.x", "d.yy"), complete(s, "d."));
            assertEquals(List.of(".k.alpha", ".k.alps"), complete(s, ".k.al"));
            assertEquals(List.of("_draw"), complete(s, "_dr"));
            assertEquals(List.of(".k"), complete(s, "."), "the root of the K-tree");
            assertEquals(List.of(".k.d.x", ".k.d.yy"), complete(s, ".k.d."));
            assertEquals(List.of("\\w"), complete(s, "\\w"));
            assertTrue(complete(s, "").containsAll(List.of("alpha", "beta", "d")));
        }
        PoolBaseline.check(s);
    }

    @Test
    void historyLivesInTheHomeDirectory() {
        String given = System.clearProperty("kj.history");
        try {
            assertEquals(Path.of(System.getProperty("user.home"), ".kj_history"), TerminalRepl.historyFile());
        } finally {
            if (given != null) System.setProperty("kj.history", given);
        }
    }

    private List<String> complete(Session s, String line) {
        List<Candidate> out = new ArrayList<>();
        new KCompleter(s).complete(null, parser.parse(line, line.length(), ParseContext.COMPLETE), out);
        return out.stream().map(Candidate::value).sorted().toList();
    }
}

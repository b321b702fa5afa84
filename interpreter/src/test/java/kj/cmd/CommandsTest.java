package kj.cmd;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import kj.error.KError;
import kj.eval.Script;
import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command table through . of a string and through the script reader: what each command
 * gives and prints, and that every bad argument is a K error. Expected forms are Kona's (run on
 * the same inputs).
 */
class CommandsTest extends WorkspaceTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream ps = new PrintStream(printed, true, StandardCharsets.ISO_8859_1);

    @BeforeEach
    void output() { in.setOut(ps); }

    /** What the text printed while it ran, and its value. */
    private String both(String src) {
        printed.reset();
        String v = k(src);
        return printed.toString(StandardCharsets.ISO_8859_1) + "=" + v;
    }

    /** Lines fed to a script reader, as typed: what they printed. */
    private String typed(String... lines) {
        printed.reset();
        Script s = new Script(in.interp(), ps);
        for (String l : lines) s.line(l);
        s.finish();
        return printed.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void precisionZeroIsKonasNineteenDigits() {
        k(".\"\\\\p 0\"");
        assertEquals("\"0.1000000000000000056\"", k("$0.1"), "C's %.19g, as Kona prints at \\p 0");
        assertEquals("\"123456789.1229999959\"", k("$123456789.123"));
        assertEquals("0", k(".\"\\\\p\""));
        k(".\"\\\\p 3\"");
        assertEquals("\"0.333\"", k("$1%3.0"));
    }

    @Test
    void executeRunsCommandsAsTyped() {
        k("a:1");
        assertEquals("=,`a", both(".\"\\\\v\""), "\\v gives the names");
        assertEquals("=-4", both("4:.\"\\\\v\""));
        assertEquals(".k\n=6", both("4:.\"\\\\d\""), "\\d prints the directory and gives nil");
        assertEquals("=7", both(".\"\\\\p\""));
        assertEquals("=6", both("4:.\"\\\\p 3\""));
        assertEquals("=3", both(".\"\\\\p\""));
        assertEquals("1\n=6", both("4:.\"\\\\e\""), "\\e prints the flag");
        assertEquals("=1", both("4:.\"\\\\r\""), "\\r gives the seed");
        assertEquals("=1", both("4:.\"\\\\t 1+1\""), "\\t e gives milliseconds");
        // each run's value is freed after its clock stops, so n runs of a large value leak nothing
        assertEquals("=1", both("4:.\"\\\\t:3 =!1000\""), "\\t:n e gives the total");
        assertEquals("nope: file not found\n=6", both("4:.\"\\\\l nope\""), "as Kona words it");
        assertEquals("hi\n=6", both("4:.\"\\\\echo hi\""), "another word runs in the shell");
    }

    @Test
    void everyBadArgumentIsAKError() {
        assertEquals("type", err(".\"\\\\p abc\""));
        assertEquals("type", err(".\"\\\\p 1e3\""));
        assertEquals("domain", err(".\"\\\\p 100\""));
        assertEquals("domain", err(".\"\\\\p -1\""));
        assertEquals("type", err(".\"\\\\r x\""));
        assertEquals("type", err(".\"\\\\r 99999999999999999999\""));
        assertEquals("domain", err(".\"\\\\t:99999999999 1\""));
        assertEquals("domain", err(".\"\\\\t:x 1\""));
        assertEquals("domain", err(".\"\\\\x\""), "an unknown one-letter command");
        assertEquals("domain", err(".\"\\\\false\""), "a shell command that fails");
        assertEquals("type", err(".\"\\\\w abc\""));
        assertEquals("domain", err(".\"\\\\d 1x\""));
        assertEquals("domain", err(".\"\\\\gc 3\""));
        assertEquals("(1\n \"type\")", k("@[.:;\"\\\\p abc\";:]"), "a trap catches it");
        assertEquals("7", k(".\"\\\\p\""), "and nothing changed");
    }

    @Test
    void aWorkspaceMayForbidTheShell() {
        in.settings().shell = false;
        assertEquals("domain", err(".\"\\\\echo hi\""));
        assertEquals("domain", err(".\"\\\\ echo hi\""));
        assertEquals("domain", err("`4:\"echo hi\""));
        assertEquals("domain", err("` 3:\"echo hi\""));
        in.settings().shell = true;
        assertEquals(",\"hi\"", k("`4:\"echo hi\""));
    }

    @Test
    void argumentsAreParsedAsKonaReadsNumbers() {
        assertEquals(4, Args.integer(" 4"));
        assertEquals(-3, Args.integer("-3"));
        for (String bad : new String[] {"", "-", "4x", "1e3", "1.5", "0x10", "99999999999999999999"})
            assertThrows(KError.Type.class, () -> Args.integer(bad), bad);
    }

    @Test
    void directoryGoesUpAndRestoresAfterALoad() {
        assertEquals("", typed("\\d .foo.bar", "x:1"));
        assertEquals(".foo.bar\n", typed("\\d"));
        assertEquals(".foo\n", typed("\\d ^", "\\d"));
        assertEquals(",`bar\n", typed("\\v"));
        assertEquals("\n", typed("\\d ^", "\\d"), "above .foo is the root, which Kona prints as an empty line");
        assertEquals(".k.sub\n", typed("\\d .k", "\\d sub", "\\d"), "a relative name goes down from here");
        assertEquals(",`x\n", typed("\\v .foo.bar"));
    }

    @Test
    void traceAtTheStartOfAnExpression() {
        assertEquals("2\n", typed("a:1; \\b:2"), "Kona prints the traced value; the line ends in an assignment");
        assertEquals("2\n", typed("b"));
        assertEquals("1 2 3\n1 2 3\n", typed("x:1 2 3; \\x"));
    }

    @Test
    void lambdaLocalsNeverReachTheKTree() {
        k("g:{[a;b] c:a*b; c+1}");
        assertEquals("7", k("g[2;3]"));
        assertEquals(",`g", k(".\"\\\\v\""));
        assertEquals("value", err("c"));
        assertEquals("", k("{a:1;a+a}0;a"), "named at top level in the chunk: nil, as Kona");
    }

    @Test
    void aFailedAssignmentLeavesTheGlobalsAsTheyWere() {
        k("keep:1");
        assertEquals("type", err("x:1+`a"));
        assertEquals("value", err("x"));
        in.pool().setCap(1 << 20); // on mapped bytes: a large cell must be mapped afresh
        try {
            assertEquals("wsfull", err("w2:!10000000"));
        } finally {
            in.pool().setCap(0);
        }
        assertEquals("value", err("w2"));
        assertEquals("`keep `g", k("g:2; .\"\\\\v\""));
        assertEquals("type", err("keep:1+`a"));
        assertEquals("1", k("keep"), "a name that had a value keeps it");
    }

    @Test
    void helpLinesComeFromTheTable() {
        String main = typed("\\");
        for (Command row : ((Commands) in.commands).rows())
            if (row.args() != null) assertTrue(main.contains("\\" + row.name()), row.name() + " is in the help");
        assertTrue(main.contains("\\echo hi"));
    }
}

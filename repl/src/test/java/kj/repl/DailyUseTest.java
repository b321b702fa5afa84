package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a K user meets in a working session (issue 12), through the k program with piped input.
 * Printed forms are Kona's, checked by running Kona on the same lines.
 */
class DailyUseTest {
    @TempDir
    Path dir;
    private String out;

    private int k(String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = Repl.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                o, new PrintStream(e, true, StandardCharsets.UTF_8), null);
        out = o.toString(StandardCharsets.ISO_8859_1);
        PoolBaseline.check(e.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void longValuesPrintWhole() {
        k("!100000\n");
        String all = LongStream.range(0, 100000).mapToObj(Long::toString).collect(Collectors.joining(" "));
        assertEquals(all + "\n", out, "588889 bytes, as Kona prints them");
        k("a:,,,,,,,,,,,,,,,,,,,,,,,,,1\na\n");
        assertEquals(",".repeat(25) + "1\n", out, "deep lists print whole too");
    }

    @Test
    void consoleLimitCutsWhatAValueShows() {
        k("\\c\n\\c 3 20\n!100\n+(!5;!5)\n\\c\n\\c 0 0\n!12\n\\c 1\n\\c a b\n");
        assertEquals("0 0\n0 1 2 3 4 5 6 7 8 ..\n(0 0\n 1 1\n..\n3 20\n0 1 2 3 4 5 6 7 8 9 10 11\ndomain error\ntype error\n", out);
    }

    @Test
    void unknownWordsRunInTheShell() throws Exception {
        Files.writeString(dir.resolve("afile"), "");
        k("\\echo hi\n\\ls " + dir + "\n\\false\n\\x\n1+1\n");
        assertEquals("hi\nafile\ndomain error\ndomain error\n2\n", out, "a failing command and an unknown letter are domain errors, as Kona");
    }

    @Test
    void timerWithABareNumber() {
        k("\\t\n\\t 250\n\\t\n\\t 0\n\\t\n");
        assertEquals("0\n250\n0\n", out, "\\t n sets Kona's timer interval; \\t shows it");
    }

    @Test
    void missingFilesAreNamed() {
        Path none = dir.resolve("nope");
        k("\\e 0\n\\l " + none + "\n0:\"" + none + "\"\n6:\"" + none + "\"\n1:\"" + none + "\"\n\"" + dir.resolve("no/such") + "\" 0: ,\"a\"\n");
        assertEquals(none + ": file not found\n"
                + "file error\n" + none + ": No such file or directory\n"
                + "file error\n" + none + ": No such file or directory\n"
                + "domain error\n" + none + ": No such file or directory\n"
                + "file error\n" + dir.resolve("no/such") + ": No such file or directory\n", out);
        k("@[{0:x};\"" + none + "\";:]\n");
        assertEquals("(1\n \"file\")\n", out, "the error's name stays Kona's");
    }

    @Test
    void directoryUpGoesUp() {
        k("\\d .foo\n\\d\n\\d ^\n\\d\n\\d .foo.bar\n\\d ^\n\\d\n");
        assertEquals(".foo\n\n.foo\n", out);
    }

    @Test
    void theInputOutputHelpExampleRuns() throws Exception {
        k("\\:\n");
        String help = out;
        assertTrue(help.contains("(types;,\",\") 0: f"), help);
        String example = help.substring(help.indexOf("Example"));
        example = example.substring(example.indexOf('\n') + 1);
        StringBuilder input = new StringBuilder(), expected = new StringBuilder();
        int open = 0; // inside a printed list, indented lines are output too
        for (String line : example.split("\n")) {
            if (open == 0 && line.startsWith("  ")) {
                input.append(line.substring(2).replace("\"p.", "\"" + dir + "/p.")).append('\n');
            } else {
                expected.append(line).append('\n');
                open += line.chars().filter(c -> c == '(').count() - line.chars().filter(c -> c == ')').count();
            }
        }
        assertTrue(input.length() > 0 && expected.length() > 0, example);
        assertEquals(0, k(input + "t`age\n"));
        assertEquals(expected + "31 45\n", out, "the worked example prints what the help says");
    }

    @Test
    void noHelpScreenListsWhatIsNotThere() {
        k("\\:\n\\_\n\\\n");
        for (String absent : new String[] {" 2: ", " 3: ", "interprocess", "dynamic load", " _i ", " _v "})
            assertFalse(out.contains(absent), "the help lists " + absent + ", which kj does not have");
        k("\\_\n");
        for (String word : out.split("[\\s(),]+")) {
            if (!word.matches("_[a-zA-Z]+")) continue;
            k(word + "\n");
            assertFalse(out.contains("nonce") || out.contains("reserved"), word + " gives " + out);
        }
    }

    @Test
    void lambdaLocalsAreNotGlobals() {
        k("g:{[a;b] c:a*b; c+1}\ng[2;3]\n\\v\nc\n");
        assertEquals("7\n,`g\nvalue error\nc\n^\n", out);
    }

    @Test
    void aFailedAssignmentDefinesNothing() {
        k("\\e 0\na:1\nw2:!100000\n\\v\nw2\n", "-w", "1"); // \e 0: errors without their line
        assertEquals("wsfull error\n,`a\nvalue error\nw2\n^\n", out);
    }

    @Test
    void commandsThroughExecute() {
        k("a:1\n.\"\\\\v\"\n.\"\\\\d\"\n@[.:;\"\\\\p abc\";:]\n\\p abc\n\\p 1e3\n. \"\\\\r x\"\n\\t:99999999999 1\na:1; \\b:2\nb\n");
        assertEquals(",`a\n.k\n(1\n \"type\")\ntype error\ntype error\ntype error\ndomain error\n2\n2\n", out);
    }

    @Test
    void thereIsALicence() throws Exception {
        Path licence = Path.of("..", "LICENSE");
        assertTrue(Files.readString(licence).startsWith("MIT License"), "kj's LICENSE at the top of the repository");
        assertTrue(Files.exists(Path.of("..", "interpreter", "src", "test", "resources", "conformance", "NOTICE.md")),
                "the conformance data keeps its own notice");
    }
}

package kj.repl;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kj.value.K;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The k program as a shell runs it with standard input piped (no terminal). */
class CommandLineTest {
    @TempDir
    Path dir;
    private String out, err;


    private int k(String stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int code = Repl.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                o, new PrintStream(e, true, StandardCharsets.UTF_8), null);
        out = o.toString(StandardCharsets.ISO_8859_1);
        err = e.toString(StandardCharsets.UTF_8);
        PoolBaseline.check(err);
        return code;
    }

    private String file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.ISO_8859_1);
        return f.toString();
    }

    /** The conformance runner reads a case's lines through the same session code as ./k (issue 10). */
    @Test
    void aConformancePrintCasePrintsWhatAScriptPrints() throws Exception {
        String[] sources = {"\\d", "\\e", "\\e 1\n\\e", "\\v", "a:1;b:2\n\\v", "\\r", "\\r 5\n\\r\n2 _draw 10",
            "\\d .k.s\nx:1\n\\d\n\\v\n\\d ^\n\\d", "\\p 3\n%3", "1+`a\n2", "\\e 2\n\\e", "f:{x+1}\n\\v", "\\e 0\n1 2+1 2 3"};
        for (String src : sources) {
            assertEquals(0, k("", file("case.k", "\\e 0\n" + src)) & 0, src);
            String script = out;
            var c = new kj.conformance.Conformance.Case(1, null, null, src, script);
            var r = kj.conformance.Conformance.run(c);
            assertTrue(r.passed(), src + ": " + r.detail());
        }
    }

    @Test
    void theAotTrainingScriptRunsCleanly() {
        assertEquals(0, k("", "src/aot/training.k"), err);
        assertEquals("", out, "the training run of ./k prints nothing and meets no error");
    }

    /** The training's REPL session on an in-memory terminal reads every typed line (its history shows them). */
    @Test
    void theAotTrainingsTerminalSessionReadsEveryTypedLine() throws Exception {
        Path history = dir.resolve("history");
        String was = System.getProperty("kj.history");
        System.setProperty("kj.history", history.toString());
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            TerminalTraining.run(new PrintStream(e, true, StandardCharsets.UTF_8));
        } finally {
            if (was == null) System.clearProperty("kj.history");
            else System.setProperty("kj.history", was);
        }
        assertEquals("", e.toString(StandardCharsets.UTF_8), "no leak, nothing on stderr");
        java.util.List<String> lines = Files.readAllLines(history).stream().map(l -> l.substring(l.indexOf(':') + 1)).toList();
        // "ab" completed to the name defined before; the lambda's two lines are one entry
        assertEquals(java.util.List.of("1+1", "!5", "abc:3", "abc", "{x+\\ny}[1;2]", "nosuch", "\\\\w", "\\\\\\\\"), lines);
    }

    @Test
    void pipedInputPrintsValuesWithoutPromptsOrEscapes() {
        assertEquals(0, k("a:7 8\na\n\"text\"\n"));
        assertEquals("7 8\n\"text\"\n", out);
    }

    @Test
    void pipedErrorsPrintAndGoOn() {
        assertEquals(0, k("nosuch\n42\n"));
        assertEquals("value error\nnosuch\n^\n42\n", out);
    }

    @Test
    void twoBackslashesStopReading() {
        assertEquals(0, k("1\n\\\\\n2\n"));
        assertEquals("1\n", out);
    }

    @Test
    void multiLineChunkFromAPipe() {
        assertEquals(0, k("f:{[a]\na}\nf 5\n"));
        assertEquals("5\n", out);
    }

    @Test
    void expressionOption() {
        assertEquals(0, k("99\n", "-e", "3 4"));
        assertEquals("3 4\n", out, "-e prints and exits without reading standard input");
        assertEquals(1, k("", "-e", "nosuch"));
        assertEquals("value error\nnosuch\n^\n", out);
    }

    @Test
    void textEndingInsideABracketIsAnError() throws Exception {
        assertEquals(1, k("", "-e", "(1;2"));
        assertEquals("parse error\n", out, "-e text is whole: an open bracket cannot wait for more");
        assertEquals(1, k("", file("open.k", "a:1\nf:{x\n")));
        assertEquals("parse error\n", out);
        assertEquals(0, k("(1;2\n"), "errors on standard input leave the status alone, as Kona");
        assertEquals("parse error\n", out, "but the open chunk is not dropped silently");
        assertEquals(0, k("/\nan open comment block\n"));
        assertEquals("", out, "a comment block may run to the end");
        assertEquals(0, k("", file("block.k", "a:1\n/\na:2\n\\\na\n")));
        assertEquals("1\n", out, "a lone / opens a comment block, a lone \\ ends it (K3's; Kona has none: FAILURES.md)");
    }

    @Test
    void scriptThenStandardInput() throws Exception {
        String f = file("s.k", "x:1 2\nx\n");
        assertEquals(0, k("x\n", f, "alpha", "beta"));
        assertEquals("1 2\n1 2\n", out);
    }

    @Test
    void scriptWithAnErrorExitsNonZero() throws Exception {
        String f = file("bad.k", "x:1\nnosuch\ny:2\n");
        assertEquals(1, k("y\n", f));
        assertEquals("value error\nnosuch\n^\n" + f + ":2\n2\n", out, "the script goes on after the error, then stdin");
    }

    @Test
    void scriptThatLeaves() throws Exception {
        String f = file("quit.k", "1\n\\\\\n2\n");
        assertEquals(0, k("3\n", f));
        assertEquals("1\n", out);
    }

    @Test
    void scriptAndExpression() throws Exception {
        String f = file("lib.k", "f:{x}\n");
        assertEquals(0, k("", "-e", "f 6", f));
        assertEquals("6\n", out);
    }

    @Test
    void missingScript() {
        assertEquals(1, k("", dir.resolve("none.k").toString()));
        assertTrue(err.contains("cannot read"), err);
    }

    @Test
    void theDefaultCapComesFromTheMachinesMemoryAndAHugeRequestIsWsfull() {
        // issue 13 item 4: #!4000000000 (32 GB) was killed by the OOM killer
        long cap = kj.kpool.MemoryLimit.defaultCap();
        org.junit.jupiter.api.Assumptions.assumeTrue(cap > 0, "no memory limit readable here");
        assertEquals(0, k("", "-e", "\\w"));
        assertTrue(out.contains(String.format("; cap %.1f GiB", cap / (double) (1L << 30))), out);
        assertEquals(0, k("#!4000000000\n1+1\n"));
        assertEquals("wsfull error\n#!4000000000\n ^\n2\n", out.replaceAll("\r", ""));
        assertEquals(0, k("", "-w", "0", "-e", "\\w"));
        assertTrue(out.contains("; cap none"), out);
    }

    @Test
    void fuzzOption() {
        assertEquals(0, k("", "--fuzz", "30", "--seed", "5", "--from", "100"));
        assertTrue(out.startsWith("30 inputs in "), out);
        assertTrue(out.contains("(seed 5)"), out);
        assertEquals(2, k("", "--fuzz", "many"));
    }

    @Test
    void workspaceCapOption() {
        assertEquals(0, k("", "-w", "32", "-e", "\\w"));
        assertTrue(out.contains("; cap 32.0 MiB\n"), out);
        assertEquals(2, k("", "-w", "lots"));
        assertTrue(err.contains("-w wants a number"), err);
    }

    @Test
    void helpAndBadOptions() {
        assertEquals(0, k("", "--help"));
        assertTrue(out.startsWith("usage: k [-w MB] [-m DIR[,MB]] [-r MB] [-e expr] [file.k [args...]]"), out);
        assertEquals(2, k("", "-q"));
        assertTrue(err.contains("unknown option -q") && err.contains("usage:"), err);
        assertEquals(2, k("", "-e"));
        assertTrue(err.contains("-e needs a value"), err);
    }

    @Test
    void memoryOptionsParse() {
        Options o = Options.parse(new String[] {"-m", "/tmp/a,b", "-r", "64"});
        assertEquals("/tmp/a,b", o.fileDir(), "no number after the comma: part of the name");
        assertEquals(64, o.reserveMb());
        o = Options.parse(new String[] {"-m", "/tmp/d,100"});
        assertEquals("/tmp/d", o.fileDir());
        assertEquals(100, o.fileThresholdMb());
        assertEquals(32, Options.parse(new String[] {"-m", "/tmp/d"}).fileThresholdMb());
        assertEquals(2, k("", "-r", "-1"));
        assertTrue(err.contains("-r wants a number of megabytes, not -1"), err);
        assertEquals(0, k("", "-r", "4", "-m", dir.toString(), "-e", "\\w"), err);
        assertTrue(out.contains("\nreserve 4.0 MiB, 0 B of it in lanes\n"), out);
        assertTrue(out.contains("\nfile-backed 0 B in 0 cells above 32.0 MiB in " + dir.toAbsolutePath() + " (peak 0 B)\n"), out);
    }

    @Test
    void optionsKeepTheScriptArguments() {
        Options o = Options.parse(new String[] {"-w", "5", "s.k", "-e", "x"});
        assertEquals(5, o.capMb());
        assertEquals("s.k", o.script());
        assertNull(o.expr(), "options after the script belong to the script");
        assertEquals(java.util.List.of("-e", "x"), o.scriptArgs());
        assertEquals(java.util.List.of("k", "-w", "5", "s.k", "-e", "x"), o.argv(), "_a as Kona has it");
    }

    @Test
    void conformanceFile() throws Exception {
        String f = file("c.jsonl", "{\"line\": 1, \"expected\": \"1 2\", \"expr\": \"1 2\"}\n");
        assertEquals(0, k("", "--conformance", f));
        assertEquals("c.jsonl: 1 passed, 0 failed\n", out);
    }
}

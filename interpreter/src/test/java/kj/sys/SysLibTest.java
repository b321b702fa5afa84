package kj.sys;

import static kj.value.K.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kj.cmd.Commands;
import kj.error.KError;
import kj.eval.Workspace;
import kj.eval.WorkspaceTest;
import kj.prim.Match;
import kj.prim.Verbs;
import kj.print.Printer;
import kj.value.Dict;
import kj.value.Sym;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * $ (format, form), the _ functions of SysLib, the system values and the IO verbs, evaluated
 * through the interpreter. Every case runs in a fresh workspace and must leave the pool where it
 * found it.
 */
class SysLibTest extends WorkspaceTest {
    @TempDir
    Path dir;

    /** Runs the lines in one workspace and returns the printed value of the last. */
    private static String show(String... lines) {
        Workspace in = new Workspace(Commands.standard());
        try {
            return in.within(() -> {
                for (int i = 0; i < lines.length - 1; i++) cd(in.run(lines[i]));
                long v = in.run(lines[lines.length - 1]);
                try {
                    return Printer.show(v, 7);
                } finally {
                    cd(v);
                }
            });
        } finally {
            in.close();
            assertEquals(0, in.bytesLeftAtClose(), "pool not back at its baseline");
        }
    }

    /** The name of the error the source raises. */
    private static String error(String src) {
        Workspace in = new Workspace(Commands.standard());
        try {
            return in.within(() -> {
                try {
                    cd(in.run(src));
                    return "no error";
                } catch (KError e) {
                    return e.name();
                }
            });
        } finally {
            in.close();
            assertEquals(0, in.bytesLeftAtClose(), "pool not back at its baseline");
        }
    }

    private String q(String file) { return "\"" + dir.resolve(file).toString().replace("\\", "\\\\") + "\""; }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "$ 0 9                         | (,\"0\"\\n ,\"9\")",
        "$\"123\"                      | \"123\"",
        "$\"a\"                        | ,\"a\"",
        "$(+:)                         | \"+:\"",
        "${x}                          | \"{x}\"",
        "$(_ssr)                       | \"_ssr\"",
        "$`abc                         | \"abc\"",
        "$_n                           | \"\"",
        "$1.5 2                        | (\"1.5\"\\n ,\"2\")",
        "$0N -0I                       | (\"-9223372036854775808\"\\n \"-9223372036854775807\")",
        "$0n 0i -0i                    | (\"nan\"\\n \"inf\"\\n \"-inf\")",
        "3$0N                          | \"***\"",
        "10.2$0n                       | \"       nan\"",
        "2$2.345                       | \"**\"",
        "7$`abcd                       | \"   abcd\"",
        "-7$`abcd                      | \"abcd   \"",
        "4$\"ab\"                      | \"  ab\"",
        "7.2 $ 2.345                   | \"   2.35\"",
        "7.2 $ 714                     | \" 714.00\"",
        "-9.2 $ 2.345                  | \"2.35e+00 \"",
        "-9.2 $ 714                    | \"7.14e+02 \"",
        "$ 1.2e-34                     | \"1.2e-34\"",
        "3 $ 0 0.1                     | (\"  0\"\\n \"0.1\")",
        "0$\"27\"                      | 27",
        "0$\"-12 \"                    | -12",
        "0$\"0N\"                      | 0N",
        "0$\"\"                        | 0N",
        "0.0$\"3.4\"                   | 3.4",
        "0.0$\"27\"                    | 27.0",
        "0.0$\"-0i\"                   | -0i",
        "\" \"$\"ab\"                  | \"ab\"",
        "`$\"abc\"                     | `abc",
        "(0;(0.0;`)) $ (\"23\";(\"23.4\";\"abc\")) | (23\\n (23.4;`abc))",
        "0 $ (\"1\";\"22\")            | 1 22",
        "0.0$3.7                       | 4",
        "0.0$-2.5 3.0                  | -2 3",
        "0.0$(1;2.5)                   | 1 2",
        "0#0.0$3.0 0.5                 | !0",
    })
    void formatAndForm(String src, String want) { assertEquals(want.replace("\\n", "\n"), show(src.strip())); }

    @Test
    void formErrors() {
        assertEquals("domain", error("0$\"12x\""));
        assertEquals("domain", error("0.0$\"1.5.\""));
        assertEquals("type", error("5 _sv {x}"));
        // lists of different counts: a length error whatever their types; of one count, the types decide
        assertEquals("length", error("`a`b`c _sv \"ab\""));
        assertEquals("length", error("(1;{x}) _sv 1 2 3"));
        assertEquals("type", error("`a`b _sv 1 2"));
        assertEquals("type", error("`a _sv (1;2;3)"));
        assertEquals("type", error("(1;\"a\") _sv 5"));
        assertEquals("length", error("(2.0 0.5;10 1 2) _sv 1.5"), "the radixes' own counts meet in the arithmetic");
        assertEquals("length", error("-2 _sv (1 2;`a`b`c)"), "digits of other counts meet before their types");
        assertEquals("type", error("-2 _sv (1 2;`a`b)"));
        assertEquals("domain", error("0.5$3.7")); // width 0: "3.70000" is no int (Kona prints nothing)
        assertEquals("domain", error("0.0$0n"));
        assertEquals("type", error("0$`a`a"));
        assertEquals("type", error("0 $ 5"));
        assertEquals("length", error("1 2 $ 1 2 3"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "2 _vs 12                      | 1 1 0 0",
        "10 _vs 12345                  | 1 2 3 4 5",
        "2 _vs 0                       | !0",
        "2 _vsx 0                      | ,0",
        "24 60 60 _vs 4000             | 1 6 40",
        "1 2 3 _vs 0                   | 0 0 0",
        "24 60 60 _vs -60              | 23 59 0",
        "24 60 60 _vs -6000000         | 13 20 0",
        "24 60 60 _vs 10 1000          | (0 0 10\\n 0 16 40)",
        "10 _sv 2 0 1 0                | 2010",
        "24 60 60 _sv 1 6 40           | 4000",
        "2 _sv 1 0 1.5                 | 5.5",
        "0.5 _sv 10                    | 10.0",
        "(1 2;3) _sv 1.5               | 6 6.0",
        "(1.5;2) _sv 5                 | 15.0",
        "(1;2 3) _sv 5 6               | 16 21",
        "2 _sv 3                       | 3",
        "2.0 _sv 0N                    | -9.223372e+18",
        "_n _sv 5                      | 0",
        "2 _sv _n                      | 0",
        "5 _sv .()                     | 0",
        "_ci 65 66 321                 | \"ABA\"",
        "_ci 97                        | \"a\"",
        "_ic \"AB\"                    | 65 66",
        "_jd 20100101                  | -9131",
        "_dj -9131 0                   | 20100101 20350101",
        "_jd _dj 12345                 | 12345",
        "_abs -0.0 -1.5 2              | -0 1.5 2.0",
        "_gtime 0                      | 20350101 0",
        "_gtime 3661                   | 20350101 10101",
        "_gtime -1                     | 20341231 235959", // Kona: 20350101 235959 (FAILURES.md)
        "_gtime 1 2 3                  | (20350101 20350101 20350101\\n 1 2 3)", // Kona: times 0 0 10203
        "1 2 3 _dot 4 5 6              | 32",
        "1 2 _dot 0.5 0.25             | 1.0",
        "(1 2;3 4) _mul (5 6;7 8)      | (19 22\\n 43 50)",
        "_inv (2 0;0 4)                | (0.5 0.0\\n 0 0.25)",
        "4 _in 1 7 2 4 6 3             | 1",
        "4 3 _in 1 7 2 4 6 3           | 0",
        "2.0 _in 1 2 3                 | 1",
        "`b _in `a`b                   | 1",
        "1 5 _lin 1 2 3                | 1 0",
        "\"ab\" _dv \"a\"              | ,\"b\"",
        "1 2 3 1 _dv 1                 | 2 3",
        "1 2 3 _dv 2.0                 | 1 3",
        "1.0 2 3 _dv 2                 | 1 3.0",
        "`a`b`a _dv `a                 | ,`b",
        "1 2 3 _dv `a                  | 1 2 3",
        "(1;`a;2) _dv `a               | 1 2",
        "`a`b`c _lin `c`d              | 0 0 1",
        "\"hello\" _lin \"lo\"       | 0 0 1 1 1",
        "5 1 9 _lin 9 5 0              | 1 0 1",
        "(1 2;3) _lin (3;1 2)          | 1 1",
        "(0#0) _lin !3                 | ()",
        "\"\" _lin \"ab\"                | ()",
        "`a`b`c _dvl ,`b               | `a `c",
        "1 2 3 4 _dvl 2 4              | 1 3",
        "1 2 3 4 _di 1 3               | 1 3",
        "`a`b`c _di 0                  | `b `c",
        "(.((`a;1);(`b;2)))_di `a`b   | .()",
        "(.((`a;1);(`b;2)))_di ()     | .((`a;1;)\\n  (`b;2;))",
        "(.((`a;1);(`b;2)))_di 0#0.0  | .((`a;1;)\\n  (`b;2;))",
        "5 _hat 1 3                    | 0 2 4",
        "1 3 5 7 _bin 5                | 2",
        "1 3 5 7 _bin 4                | 2",
        "1 3 5 7 _bin 9                | 4",
        "1 1 1 _bin 1                  | 0",
        "(!0) _bin 2                   | 0", // Kona 1: FAILURES.md
        "\"\" _bin \"a\"                 | 0",
        "() _bin 1                     | 0",
        "`a`c`e _bin `d                | 2",
        "1 3 5 7 _binl 0 4 8           | 0 2 4",
        "\"abcabc\" _ss \"b\"          | 1 4",
        "\"aaaa\" _ss \"aa\"           | 0 2",
        "\"abcd\" _ss \"d\"            | ,3",
        "\"dabc\" _ss \"d\"            | ,0",
        "\"ab\" _ss \"abc\"            | !0",
        "\"xyxyx\" _ss \"?y\"          | 0 2",
        "\"a1a a\" _ss `a            | ,4",
        "\"a.b a b\" _ss `a          | 0 4",
        "\"cool sleep fun\" _ss \"s[l][e][e]?\" | ,5",
        "\"abc\" _ss \"[^a]\"          | 1 2",
        "\"15 0150 15\" _ss `\"15\"    | 0 8",
        "(\"ab\";\"ba\") _ss \"a\"     | (,0\\n ,1)",
        "_ssr[\"abcda\";\"a\";\"e\"]   | \"ebcde\"",
        "_ssr[\"this\";\"is\";\"at\"]  | \"that\"",
        "_ssr[\"a.b.c\";\".\";\"--\"]  | \"a--b--c\"",
        "_ssr[\"abc\";\"b\";{\"XY\"}]  | \"aXYc\"",
        "_ssr[\"abc\";\"z\";\"y\"]     | \"abc\"",
        "_ssr[\"a\";\"a\";\"Z\"]     | ,\"Z\"",
        "_ssr[\" \";\"a\";\"Z\"]     | ,\" \"",
        "(\"one\";\"two\") _sm \"two\" | 0 1",
        "`one`two _sm \"t*\"           | 0 1",
        "\"hello\" _sm \"h?l*\"        | 1",
        "\"abc\" _sm \"[a-b]bc\"       | 1",
        "\"abc\" _sm \"[!a]bc\"        | 0",
        "_ssr 1                        | _ssr[1;;]",
        "_ssr (\"this\";\"is\";\"at\") | _ssr[(\"this\"\\n   \"is\"\\n   \"at\");;]",
        "(_ssr 1) 2                    | _ssr[1;2;]",
        "4: \"abc\"                    | -3",
        "4: 1.5                        | 2",
        "5: 1 2                        | \"1 2\"",
        "5: \"ab\"                     | \"\\\"ab\\\"\"",
        "_d                            | `.k",
        "4: _t                         | 1",
        "4: _T                         | 2",
        "4: _h                         | 4",
        "4: _s                         | -1",
        "_a                            | ()",
        "`KJ_TEST_VAR _setenv \"xyz\"; _getenv `KJ_TEST_VAR | \"xyz\"",
        "_getenv `KJ_SURELY_NOT_SET_42 | ''",
    })
    void functions(String src, String want) { assertEquals(want.replace("\\n", "\n"), show(src.strip())); }

    @Test
    void functionErrors() {
        assertEquals("length", error("\"\" _ss \"a\""));
        assertEquals("length", error("\"abc\" _ss \"\""));
        assertEquals("domain", error("\"abc\" _ss \"[ab\""));
        assertEquals("domain", error("`a`b`c _dvl `b"), "_dvl takes a list, as Kona (_hat takes an atom)");
        assertEquals("domain", error("5 _dvl 5"), "before x's type");
        assertEquals("rank", error("1 _bin 1"));
        assertEquals("domain", error("1 _vs 5"));
        assertEquals("type", error("2 _vs 1.5"));
        assertEquals("index", error("1 2 3 _di 5"));
        assertEquals("index", error("(.((`a;1);(`b;2))) _di 1"), "a key that is no symbol is one the dict does not hold");
        assertEquals("index", error("(.((`a;1);(`b;2))) _di (`a;1)"));
        assertEquals("length", error("6 _draw -5"));
        assertEquals("int", error("-1 _draw 5"));
        assertEquals("type", error("_ci 1.5"));
        assertEquals("nonce", error("_bd {x}"));
        assertEquals("valence", error("_ss[1;2;3]"));
        assertEquals("valence", error("_sin[1;2]"));
    }

    @Test
    void aReservedMonadBetweenNounsAppliesToItsRight() {
        // as Kona: x _f y is x[_f y], the left noun indexed or called with the monad's value
        assertEquals("2", show("1 2 3 _abs 1"));
        assertEquals("3", show("1 2 3 _abs _abs -2"));
        assertEquals("6", show("f:{x*2}; f _abs -3"));
        assertEquals("rank", error("1 _sin 2"));
        assertEquals("index", error("\"abc\" _ic \"a\""));
        assertEquals("type", error("1 2 3 _sqrt 4"));
        assertEquals("12", show("10+1 2 3 _abs 1"));
    }

    @Test
    void draw() {
        {
            long v = in.run("1000 _draw 5");
            assertEquals(INTV, type(v));
            assertEquals(1000, n(v));
            for (long i = 0; i < 1000; i++) assertTrue(getI(v, i) >= 0 && getI(v, i) < 5);
            cd(v);
            v = in.run("50 _draw -50");
            boolean[] seen = new boolean[50];
            for (long i = 0; i < 50; i++) seen[(int) getI(v, i)] = true;
            for (boolean s : seen) assertTrue(s, "a deal is a permutation");
            cd(v);
            v = in.run("2 3 _draw 0");
            assertEquals(LIST, type(v));
            assertEquals(2, n(v));
            assertEquals(FLOATV, type(getL(v, 0)));
            assertEquals(3, n(getL(v, 1)));
            cd(v);
            v = in.run("5 _draw -1000000000");
            assertEquals(5, n(v));
            cd(v);
            in.settings().seed(42);
            long a = in.run("10 _draw 1000");
            in.settings().seed(42);
            long b = in.run("10 _draw 1000");
            assertTrue(Match.match(a, b), "the same seed draws the same numbers");
            cd(a);
            cd(b);
        }
    }

    @Test
    void aShapedDrawIsTheFlatDrawReshaped() {
        // draws are made 512 at a time: lengths across that, for ints, a deal and floats
        for (String y : new String[] {"1000", "-3000", "0"}) {
            for (String shape : new String[] {"3 700", "2 3 171", "1 1025", ",513"}) {
                in.settings().seed(7);
                String a = show("(" + shape + ") _draw " + y);
                in.settings().seed(7);
                assertEquals(show("(" + shape + ") # (*/" + shape + ") _draw " + y), a, shape + " _draw " + y);
            }
        }
        // a level with no rows is an empty vector of the draw's type (Kona's answers)
        assertEquals("!0", show("0 3 _draw 4"));
        assertEquals("(!0;!0)", show("2 0 3 _draw 4"));
        assertEquals("(0#0.0;0#0.0)", show("2 0 _draw 0"));
    }

    @Test
    void leastSquares() {
        {
            long z = in.run("1 2 3.0 _lsq (1 1 1.0;1 2 3.0)");
            assertEquals(FLOATV, type(z));
            assertEquals(0, getF(z, 0), 1e-9);
            assertEquals(1, getF(z, 1), 1e-9);
            cd(z);
            z = in.run("_inv (1 2.0;3 4.0)");
            assertEquals(-2, getF(getL(z, 0), 0), 1e-9);
            assertEquals(1, getF(getL(z, 0), 1), 1e-9);
            assertEquals(1.5, getF(getL(z, 1), 0), 1e-9);
            assertEquals(-0.5, getF(getL(z, 1), 1), 1e-9);
            cd(z);
        }
    }

    @Test
    void bytesRoundTrip() {
        assertEquals("1", show("a:(1;2.5;\"abc\";`a`b;(`x;\"y\");_n;`a;\"c\";1 2); a~_db _bd a"));
        assertEquals("2", show("_db _bd _db _bd 2"));
        assertEquals("length", error("_db \"abc\""));
        long base = pool().used();
        long d = Dict.empty();
        d = Dict.put(d, Sym.intern("a"), ints(1, 2));
        d = Dict.put(d, Sym.intern("b"), chars("x"));
        byte[] b = Bin.file(d);
        long back = Bin.fromFile(b);
        assertTrue(Match.match(d, back));
        long e = Dict.put(Dict.put(Dict.empty(), Sym.intern("a"), ki(1)), Sym.intern("b"), ki(2));
        assertEquals(".((`a;1;)\n  (`b;2;))", Printer.show(e, 7));
        long f = Dict.put(Dict.empty(), Sym.intern("k"), nil());
        assertEquals(".,(`k;;)", Printer.show(f, 7));
        cd(e);
        cd(f);
        cd(d);
        cd(back);
        assertEquals(base, pool().used());
    }

    @Test
    void aDirectoryListsItsNamesSortedWithoutHiddenOnes() throws Exception {
        // as Kona's `ls`: names in byte order, none that starts with a dot
        Files.writeString(dir.resolve("b.k"), "");
        Files.writeString(dir.resolve("a.txt"), "");
        Files.writeString(dir.resolve(".hidden"), "");
        Files.createDirectory(dir.resolve("Sub"));
        assertEquals("(\"Sub\"\n \"a.txt\"\n \"b.k\")", show("!" + q("")));
        assertEquals("()", show("!" + q("missing/")));
    }

    @Test
    void textFiles() throws Exception {
        String f = q("t.txt");
        assertEquals("", show(f + " 0: (\"ab\";\"cde\";\"\")"));
        assertEquals("ab\ncde\n\n", Files.readString(dir.resolve("t.txt")));
        assertEquals("(\"ab\"\n \"cde\"\n \"\")", show("0: " + f));
        Files.writeString(dir.resolve("u.txt"), "x\ny");
        assertEquals("(,\"x\"\n ,\"y\")", show("0: " + q("u.txt")));
        assertEquals("file", error("0: " + q("missing.txt")));
        Files.writeString(dir.resolve("fw.txt"), "1 ab\n22cd\nbad\n");
        assertEquals("(1 22\n `ab `cd)", show("(\"IS\";2 2) 0: " + q("fw.txt")));
        Files.writeString(dir.resolve("d.csv"), "1,a,2.5\n2,b,3\n");
        assertEquals("(1 2\n `a `b\n 2.5 3.0)", show("(\"ISF\";\",\") 0: " + q("d.csv")));
        assertEquals("(1 2\n 2.5 3.0)", show("(\"I F\";\",\") 0: " + q("d.csv")));
    }

    @Test
    void terminal() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.setOut(new PrintStream(buf, true, StandardCharsets.ISO_8859_1));
        {
            for (String src : new String[] {"`0:\"hi\\n\"", "`0:(\"ab\";\"c\";\"\")", "\"\" 6:\"raw\""}) {
                long v = in.run(src);
                try {
                    assertEquals("", Printer.show(v, 7));
                } finally {
                    cd(v);
                }
            }
        }
        assertEquals("hi\nab\nc\n\nraw", buf.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void binaryFiles() throws Exception {
        String v = q("v");
        assertEquals("", show(v + " 1: (1;\"ab\";`c)"));
        assertTrue(Files.exists(dir.resolve("v.K")));
        assertEquals("(1\n \"ab\"\n `c)", show("1: " + v));
        assertEquals("(1\n \"ab\"\n `c)", show("2: " + q("v.K")));
        String w = q("w");
        assertEquals("", show(w + " 1: 1 2 3"));
        assertEquals("5", show(w + " 5: 4 5"));
        assertEquals("1 2 3 4 5", show("1: " + w));
        assertEquals("type", error(w + " 5: `a`b"));
        String c = q("c");
        show(c + " 1: \"ab\"");
        assertEquals("4", show(c + " 5: \"cd\""));
        assertEquals("\"abcd\"", show("1: " + c), "Kona appends NULs here (FAILURES.md)");
        assertEquals("", show(q("b") + " 6: \"xyz\""));
        assertEquals("\"xyz\"", show("6: " + q("b")));
        assertEquals("\"xyz\"", show("\"c\" 1: " + q("b")));
        Files.write(dir.resolve("raw"), new byte[] {1, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 'A', 'B'});
        assertEquals("(,1\n ,-1\n ,\"AB\")", show("(\"isC\";4 2 2) 1: " + q("raw")));
        assertEquals("domain", error("1: " + q("nothing")));
        assertEquals("nonce", error("\"f\" 1: 1 2 3"), "a kind of raw vector Kona has not, before the file's name");
        assertEquals("type", error("\"c\" 1: 1 2 3"));
    }

    @Test
    void printedFormIsWhole() {
        long base = pool().used();
        long v = newVec(INTV, 600);
        for (int i = 0; i < 600; i++) setI(v, i, 1);
        long t = Verbs.get(Verbs.index("5:")).monad(v);
        assertEquals(1199, n(t));
        String shown = Printer.show(v, 7);
        cd(t);
        cd(v);
        assertEquals(1199, shown.length(), "the REPL shows it whole too, as Kona does");
        assertEquals(base, pool().used());
    }

    @Test
    void command() {
        assertEquals(",\"hi\"", show("`4:\"echo hi\""));
    }
}

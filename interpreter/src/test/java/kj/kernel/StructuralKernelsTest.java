package kj.kernel;

import static org.junit.jupiter.api.Assertions.*;

import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * The structural kernel families (LongSort, Classify, Gathers, Search, Digits, Fills) against the
 * general path: the same verb on a general list of one-item vectors (merge sort and match
 * instead of keys), or a lambda applied item by item. Lengths cross the insertion-sort limit
 * (24) and the chunk (512); the data hold 0N, 0I, -0I, 0n, repeats, and ranges narrow (dense
 * tables, one radix pass), wide (two passes, hashing) and beyond 2^31 (the 64-bit radix).
 * Every test checks the pool is back at its baseline (WorkspaceTest).
 */
class StructuralKernelsTest extends WorkspaceTest {
    private static final int[] LENGTHS = {0, 1, 2, 23, 24, 25, 511, 512, 513, 3000};

    private void same(String fast, String slow) { assertEquals(k(slow), k(fast), fast); }

    /** Int vectors of n items: a narrow range, a wide one, one past 2^31, and one with the specials. */
    private void ints(int n) {
        k("n:" + n + "; a:n _draw 7; b:n _draw 1000000; c:(n _draw 1000000)*4000000000");
        k("g:(n _draw 1|n)-_ n%2"); // a range about n, around 0: grouped through a dense table
        k("h:n _draw 100000000"); // 27 bits: past two digits of int records, the long records' radix
        k("d:n#(0N 0I -0I 5 -5 0 5 9223372036854775806 -9223372036854775806),|!n; e:n#-3");
        k("f:n#(0n 0i -0i 1.5 -2.5 0.0 1.5 1e300),0.25*!n; s:n#`b`a``zz`a`b; ch:n#\"hello, world\\000\\377\"");
    }

    @Test
    void gradeUpAndDownAgainstTheListSort() {
        for (int n : LENGTHS) {
            ints(n);
            for (String v : new String[] {"a", "b", "c", "d", "e", "f", "g", "h", "s", "ch"}) {
                same("<" + v, "<,:'" + v);
                same(">" + v, ">,:'" + v);
                same(v + "@<" + v, "{x@<,:'x}" + v);
            }
        }
        assertEquals("!0", k("<!0"));
        assertEquals(",0", k("<,5"));
    }

    @Test
    void aListOfAtomsOfOneTypeBecomesTheirVector() {
        // each collects its atoms in a list, made a vector by Gathers.pointed: against the vector itself
        for (int n : LENGTHS) {
            if (n == 0) continue; // each on an empty vector gives the empty list, as Kona
            ints(n);
            for (String v : new String[] {"b", "d", "f", "s", "ch"}) {
                same("{x}'" + v, v);
                same("4:{x}'" + v, "4:" + v);
            }
        }
        assertEquals("(1;2.5;\"c\")", k("{x}'(1;2.5;\"c\")"));
        assertEquals("5 6", k("(5;6)"));
    }

    @Test
    void gradesAndGroupsOneAfterAnotherKeepTheirOwnAnswers() {
        // the radix grade's and the dense group's arrays are the thread's, reused call after call
        ints(3000);
        k("x:(<b;>a;<g;=g;=a;<,5;<b)");
        same("x", "(<,:'b;>,:'a;<,:'g;=,:'g;=,:'a;,0;<,:'b)");
        // past the arrays kept (2^20 items) they are fresh each time: against the 64-bit radix of floats
        k("y:1048581 _draw 1000");
        assertEquals("1 1 1", k("((<y)~<y+0.0;(>y)~>y+0.0;(=y)~=y+0.0)"));
        assertEquals("1", k("(?<y)~<y"));
        k("y:1048581 _draw 1000000"); // two digits of int records with 21 index bits
        assertEquals("1 1", k("((<y)~<y+0.0;(>y)~>y+0.0)"));
        k("y:2097155 _draw 1000"); // past 2^21 ints: the range found first, then one digit of int records
        assertEquals("1 1", k("((<y)~<y+0.0;(>y)~>y+0.0)"));
    }

    @Test
    void groupAndUniqueAgainstTheListPath() {
        for (int n : LENGTHS) {
            ints(n);
            for (String v : new String[] {"a", "b", "c", "d", "e", "g", "s", "ch"}) {
                same("=" + v, "=,:'" + v);
                same("?" + v, "{:[#x;,/?,:'x;x]}" + v);
            }
            same("=f", "=,:'f");
        }
        assertEquals("()", k("=!0"));
        assertEquals(",,0", k("=,5"));
        assertEquals("1", k("(?a)~?a:1000#!7"));
        // ints from 0 take one pass until one falls outside 0..2n+4096, late: then from the start
        // again (by a bit per value up to a range of 8n+4096, else by hashing)
        assertEquals("1", k("x:(!1000),-1,!5; (?x)~(!1000),-1"));
        assertEquals("1", k("x:(!600),100000,!3; (?x)~(!600),100000"));
        assertEquals("1", k("x:(!600),7000,!3; (?x)~(!600),7000"));
        assertEquals("1", k("x:(!600),-5,(!600),-5; (?x)~(!600),-5"));
        // 0.0 and -0.0 are one value, as = and ? say (Kona's group and unique split them: FAILURES.md)
        assertEquals(",0 1", k("=0.0 -0.0"));
        assertEquals(",0.0", k("?0.0 -0.0"));
    }

    @Test
    void gatherAgainstOneIndexAtATime() {
        for (int n : LENGTHS) {
            ints(n);
            k("i:(3*n) _draw 1|n; j:n _draw 1|n");
            for (String v : new String[] {"b", "d", "f", "s", "ch"}) {
                if (n == 0) continue;
                same(v + "@i", "{x@y}[" + v + "]'i");
                same(v + "@j", "{x@y}[" + v + "]'j");
                same(v + "[j]", "{x[y]}[" + v + "]'j");
            }
        }
        assertEquals("index", err("(!5)@0 5"));
        assertEquals("index", err("(!5)@-1 0"));
        assertEquals("!0", k("(!5)@!0"));
    }

    @Test
    void whereAgainstEachIndexRepeated() {
        for (int n : LENGTHS) {
            if (n == 0) continue; // an each of nothing is (), & of nothing !0
            ints(n);
            k("w:(n _draw 4)-1; v:n#0 1 0 700 0; u:n _draw 2");
            same("&w", ",/{x#y}'[0|w;!n]"); // -1 counts as 0
            same("&v", ",/{x#y}'[v;!n]"); // runs longer than a chunk
            same("&u", ",/{x#y}'[u;!n]");
        }
        assertEquals("0 0 0", k("&3"));
        assertEquals("!0", k("&-2"));
        assertEquals("int", err("&0I"));
        assertEquals("int", err("&1 0I"));
        assertEquals("int", err("&4611686018427387904 4611686018427387904"));
    }

    @Test
    void matchAgainstItemByItem() {
        for (int n : LENGTHS) {
            ints(n);
            for (String v : new String[] {"b", "d", "f", "s", "ch"}) {
                // the same items in another cell, then each one changed in turn at the ends and in the middle
                k("x:" + v + "; y:" + v + "@!#" + v);
                same("x~y", "1");
                for (String at : new String[] {"0", "_ n%2", "n-1"}) {
                    if (n == 0) continue;
                    k("z:y; z[" + at + "]:*|x");
                    same("x~z", "&/{x~y}'[x;z]");
                }
            }
        }
        // floats: equal within tolerance, -0.0 and 0.0, 0n and 0n match; an infinity only itself
        assertEquals("1 1 1 0 0", k("a:1000000#1.5 0.0 0n 2.0; b:a; b[999999]:2.0*1+1e-15; c:a; c[1]:-0.0; "
                + "d:a; d[4]:1.5000001; e:a; e[3]:0i; (a~b;a~c;a~a+0.0;a~d;a~e)"));
        assertEquals("0 1", k("(0i 1.0~0i 2.0;-0i 0n~-0i 0n)"));
        assertEquals("0 0", k("(`a`b~`a`c;\"ab\"~\"ac\")"));
    }

    @Test
    void gradeOfRowsAgainstTheirNumbersInBase3() {
        // rows of one length in 0..2 order as their base-3 numbers; Order compares them from the
        // first item whose bytes differ (Search.mismatch): floats with -0.0 for 0.0, chars, symbols
        for (int q : new int[] {1, 2, 7, 39}) {
            k("r:(300;" + q + ")#(300*" + q + ") _draw 3; key:3 _sv' r");
            k("rf:{@[x+0.0;&x=0;:;-0.0]}'r; rc:\"abc\"@r; rs:`a`b`c@r");
            for (String v : new String[] {"r", "rf", "rc", "rs"}) {
                same("<" + v, "<key");
                same(">" + v, ">key");
            }
        }
        assertEquals("1 0 2", k("<(0 0 1 2;0 0 1;0 0 1 3)")); // a shorter row first
        assertEquals("2 1 0 3", k("<(\"abc\";\"ab\";,\"a\";\"b\")")); // strings by text, a prefix first
        assertEquals("1 0", k("<(0 0.0 1;0 -0.0 0)"));
        assertEquals("0 1", k("<(1 2 3.0;1 2 3.0000000000001)")); // equal within tolerance: stable
    }

    @Test
    void splitAgainstCutAtEachSeparator() {
        for (int n : LENGTHS) {
            if (n == 0) continue; // the empty string splits into (), as Kona
            k("t:\"ab,\"@" + n + " _draw 3");
            same("\",\"\\t", "{1_'(0,1+&x=\",\")_ \",\",x}t");
        }
        same("\",\"\\\"a,,\"", "(,\"a\";\"\";\"\")");
        same("\",\"\\\",\"", "(\"\";\"\")");
        assertEquals("()", k("\",\"\\\"\""));
    }

    @Test
    void scatterOfCharsAndSymbolsAgainstOneIndexAtATime() {
        for (int n : LENGTHS) {
            if (n == 0) continue;
            ints(n);
            k("i:(n _draw 1|n),0,n-1; m:#i");
            for (String[] c : new String[][] {{"ch", "m#\"xyz\""}, {"ch", "\"q\""}, {"s", "m#`p`q"}, {"s", "`r"}}) {
                k("x:" + c[0] + "; y:" + c[1] + "; z:" + c[0]);
                k("x[i]:y");
                k("z:{x[y 0]:y 1; x}/[z;+(i;m#y)]");
                same("x", "z");
            }
        }
    }

    @Test
    void flipOfMixedColumnsAgainstEachColumnsItem() {
        // columns: atoms (every row's), vectors and lists of mixed atoms; a row of one type is a vector
        for (int p : new int[] {2, 3, 511, 512, 1300}) {
            for (String cols : new String[] {"(7;10 20 30;(1;\"a\";2))", "(1.5;2.5 3.5 4.5;(0.5;`a;1.5))",
                    "(\"x\";\"abc\";(\"q\";1;\"r\"))", "(`u;`a`b`c;(`s;2.5;`t))"}) {
                k("x:" + p + "#" + cols);
                same("+x", "{[c;i]{:[0<4:x;x;x@y]}[;i]'c}[x]'!3");
            }
        }
    }

    @Test
    void findAgainstTheListSearch() {
        for (int n : LENGTHS) {
            ints(n);
            for (String[] c : new String[][] {
                {"b", "*b,7"}, {"b", "*|7,b"}, {"d", "0"}, {"d", "0N"}, {"d", "-0I"}, {"d", "-5"}, {"d", "7"}, {"f", "0n"}, {"f", "1.5"},
                {"s", "`"}, {"s", "`zz"}, {"s", "`q"}, {"ch", "\"w\""}, {"ch", "\"\\377\""}}) {
                String x = c[0], y = c[1];
                same(x + "?" + y, "(,:'" + x + ")?," + y);
                same("_in[" + y + ";" + x + "]", "(#" + x + ")>(,:'" + x + ")?," + y);
            }
            same("d?5.0", "{x?5}d"); // an int vector finds a float by value, as Kona (1 2 3?2.0 is 1)
            same("f?-2", "{x?-2.0}f");
            same("b?/:a", "{b?x}'a");
            same("d?/:|d", "{d?x}'|d");
            same("s?/:`a`zz`q", "{s?x}'`a`zz`q");
            same("ch?/:\"lo \\000x\"", "{ch?x}'\"lo \\000x\"");
        }
    }

    @Test
    void setFunctionsAgainstOneItemAtATime() {
        for (int n : LENGTHS) {
            if (n == 0) continue; // an each of nothing is (), the set functions keep the type
            ints(n);
            k("p:(n#0N 5 -5),!7; q:n#`zz`q`b; r:n#\"lo\\000\"");
            for (String[] c : new String[][] {{"a", "!4"}, {"b", "|b"}, {"d", "p"}, {"s", "q"}, {"ch", "r"}, {"d", "!0"}}) {
                String x = c[0], y = c[1];
                same(x + " _lin " + y, "{x _in y}[;" + y + "]'" + x);
                same(x + " _dvl " + y, x + "@&~{x _in y}[;" + y + "]'" + x);
            }
            for (String[] c : new String[][] {{"a", "3"}, {"d", "0N"}, {"d", "-5"}, {"s", "`a"}, {"ch", "\"l\""},
                {"f", "1.5"}, {"f", "0n"}, {"f", "0"}, {"b", "7.0"}}) {
                same(c[0] + " _dv " + c[1], c[0] + "@&~{x=y}[;" + c[1] + "]'" + c[0]); // = is tolerant, 0 = 0.0
            }
            same(n + " _hat 3 1", "(!" + n + ") _dvl 3 1");
        }
        assertEquals("()", k("(!0) _lin 1 2")); // Kona: () for an empty list of any type
        assertEquals("!0", k("(!0) _dv 1"));
    }

    @Test
    void iotaAgainstARunningSum() {
        for (int n : LENGTHS) same("!" + n, n == 0 ? "!0" : "-1++\\" + n + "#1");
        same("!1025", "-1++\\1025#1");
        assertEquals("domain", err("!-1"));
    }

    @Test
    void formatDigitsAgainstThePrinter() {
        for (int n : LENGTHS) {
            ints(n);
            // the printer's text, but C's digits for 0N, 0I and -0I, as Kona's $
            for (String v : new String[] {"a", "b", "c", "d", "e"}) same("$" + v, "{:[x=0N;\"-9223372036854775808\";x=0I;\"9223372036854775807\";x=-0I;\"-9223372036854775807\";5:x]}'" + v);
        }
        same("$-9223372036854775806 -12345678 -1234567 0 99999999 100000000",
                "(\"-9223372036854775806\";\"-12345678\";\"-1234567\";,\"0\";\"99999999\";\"100000000\")");
        same("$0N 0I -0I", "(\"-9223372036854775808\";\"9223372036854775807\";\"-9223372036854775807\")");
    }

    @Test
    void aFullWorkspaceHalfWayReleasesWhatWasMade() {
        // format and group make one cell per item, a chunk at a time: a cap hit half-way is a
        // wsfull with the cells made so far released (WorkspaceTest checks the pool)
        k("x:!2000000; y:2000000 _draw 2000000");
        in.pool().setCap(in.pool().stats().mapped() + (48L << 20));
        try {
            assertEquals("wsfull", err("$x"));
            assertEquals("wsfull", err("=y"));
        } finally {
            in.pool().setCap(0);
        }
        assertEquals("10", k("#$10#x"));
    }
}

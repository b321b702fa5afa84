package kj.kernel;

import static org.junit.jupiter.api.Assertions.*;

import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * The chunked kernel families (Elementwise, Reductions) against the general path: each-both of
 * a lambda on atoms, which runs the scalar code one pair at a time, and folds and scans of a
 * lambda. Lengths cross the chunk boundary (512); the data hold 0N, 0I, -0I, 0n, 0i, -0i and
 * sums that wrap.
 */
class KernelFamiliesTest extends WorkspaceTest {
    private static final String[] DYADS = {"+", "-", "*", "%", "|", "&", "^", "<", ">", "="};
    private static final int[] LENGTHS = {1, 3, 511, 512, 513, 1100};

    private void same(String fast, String slow) { assertEquals(k(slow), k(fast), fast); }

    private void data(int n) {
        k("n:" + n + "; i:(n#0N 0I -0I 9223372036854775806 -7 0 3 1000000007),(0|n-8)#!n; i:n#i");
        k("j:n#|(0N 5 -3 0 2),!n; f:n#(0n 0i -0i 1.5 -2.25 0.0 1e300),0.5*!n; g:n#|(0.0 -0i 3.5),!n");
    }

    @Test
    void dyadsOnIntsAndFloatsInEveryShape() {
        for (int n : LENGTHS) {
            data(n);
            for (String op : DYADS) {
                String f = "{x" + op + "y}";
                same("i" + op + "j", f + "'[i;j]");
                same("f" + op + "g", f + "'[f;g]");
                same("i" + op + "g", f + "'[i;g]");
                same("f" + op + "j", f + "'[f;j]");
                same("i" + op + "7", f + "[;7]'i");
                same("-3" + op + "j", f + "[-3]'j");
                same("i" + op + "0N", f + "[;0N]'i"); // extreme atoms: comparisons must not overflow
                same("0I" + op + "j", f + "[0I]'j");
                same("f" + op + "2.5", f + "[;2.5]'f");
                same("0n" + op + "g", f + "[0n]'g");
                same("(i+0)" + op + "j", f + "'[i;j]"); // a unique temporary takes the result
                same("f" + op + "g*1", f + "'[f;g]");
            }
        }
    }

    @Test
    void moduloOfIntsAndFloatsByAnAtom() {
        for (int n : LENGTHS) {
            data(n);
            for (String m : new String[] {"7", "-3", "0", "1", "2.5", "-0.5", "0.0", "1000000007"}) {
                same("i!" + m, "{x!" + m + "}'i"); // 0N and the infinities as Kona reads them, in doubles
                same("j!" + m, "{x!" + m + "}'j");
                same("f!" + m, "{x!" + m + "}'f");
            }
        }
    }

    @Test
    void charAndSymbolComparisons() {
        for (int n : LENGTHS) {
            k("n:" + n + "; c:n#\"ab\\000z\\377 ~\"; d:n#\"b\\377a z\"; s:n#`b`a``zz`a; t:n#`a`a`b`");
            for (String op : new String[] {"<", ">", "="}) {
                String f = "{x" + op + "y}";
                same("c" + op + "d", f + "'[c;d]");
                same("c" + op + "\"b\"", f + "[;\"b\"]'c");
                same("\"b\"" + op + "d", f + "[\"b\"]'d");
                same("s" + op + "t", f + "'[s;t]");
                same("s" + op + "`b", f + "[;`b]'s");
                same("`b" + op + "t", f + "[`b]'t");
            }
        }
    }

    @Test
    void monadsOnIntsAndFloats() {
        for (int n : LENGTHS) {
            data(n);
            for (String op : new String[] {"-", "%", "~", "_ "}) {
                same(op + "i", "{" + op + "x}'i");
                same(op + "f", "{" + op + "x}'f");
                same(op + "(f+0)", "{" + op + "x}'f");
            }
            same("_ceiling f", "{_ceiling x}'f");
            for (String fn : new String[] {"_abs", "_sqrt", "_exp", "_log", "_sin", "_floor"}) {
                same(fn + " i", "{" + fn + " x}'i");
                same(fn + " f", "{" + fn + " x}'f");
            }
            same("0.0+i", "{0.0+x}'i"); // ints to floats, specials mapped
        }
    }

    @Test
    void oversScansAndDeltas() {
        for (int n : LENGTHS) {
            data(n);
            for (String op : new String[] {"+", "*", "|", "&"}) {
                same(op + "/i", "{x" + op + "y}/i");
                // Kona's |/ and &/ compare floats plainly (&/0n 0i -0i is -0i) where x&y ranks 0n lowest: no 0n here
                String fl = op.equals("|") || op.equals("&") ? "g" : "f";
                same(op + "/" + fl, "{x" + op + "y}/" + fl);
                same("5" + op + "/i", "5{x" + op + "y}/i");
            }
            for (String op : new String[] {"+", "*"}) {
                same(op + "\\i", "{x" + op + "y}\\i");
                same(op + "\\f", "{x" + op + "y}\\f");
                same("2" + op + "\\i", "2{x" + op + "y}\\i");
                same("2.5" + op + "\\j", "2.5{x" + op + "y}\\j"); // j: Kona casts 0N here, 2.5+\\0N is 2.5 -9.223372e+18
            }
            same("-':i", "{x-y}':i");
            same("-':f", "{x-y}':f");
            same("-':i*1", "{x-y}':i"); // a unique temporary, which may be written in place
            same("-':f*1", "{x-y}':f");
        }
        assertEquals("-9223372036854775806", k("+/9223372036854775807 3"), "sums wrap");
    }

    @Test
    void scansOverRowsByColumnBlocks() {
        // f\ on a list of equal vectors (RowScans, 2048-item blocks) against a lambda's scan, row by row
        for (int n : new int[] {0, 1, 5, 2049}) {
            data(n);
            k("im:(i;j;i;j|1;j); fm:(f;g;f;g*2); bm:(n#1 0 1;n#0 0 1;n#1 1 0)");
            for (String op : DYADS) {
                String f = "{x" + op + "y}";
                same(op + "\\im", f + "\\im");
                same(op + "\\fm", f + "\\fm");
                same(op + "\\bm", f + "\\bm");
            }
            for (String op : new String[] {"=", "<", ">", "+"}) same("(~" + op + ")\\im", "{~x" + op + "y}\\im");
            same("(~=)\\fm", "{~x=y}\\fm"); // floats: ~ of a comparison is not fused
            same("+\\(i;f)", "{x+y}\\(i;f)"); // mixed rows: the general path
            if (n > 0) assertEquals("length", err("+\\(i;1_ i)"));
        }
        assertEquals("(1 2\n 4 6)", k("+\\(1 2;3 4)"));
        k("big:100 6001#0 1 1 0N 5, !7; fbig:0.5*big"); // 9.6 MB moved: the halves run on two threads
        for (String op : new String[] {"=", "-", "|"}) {
            same("(~" + op + ")\\big", "{~x" + op + "y}\\big");
            same(op + "\\fbig", "{x" + op + "y}\\fbig");
        }
    }

    @Test
    void scatterIntoAUniqueVector() {
        // p[i]:y where p alone holds its vector (in place) against a lambda's copy (general path)
        String[][] cases = {
            {"!10", "3 1 4 1", "0"}, {"!10", "3 1 4 1", "7 8 9 6"}, {"!10", "!0", "5"},
            {"0.5*!6", "0 5", "2.5"}, {"0.5*!6", "5 0", "1 2.0"}, {"\"abcdef\"", "1 1 0", "\"xyz\""},
            {"`a`b`c`d", "3 0", "`z"}, {"`a`b`c`d", "3 0", "`y`z"}, {"!5", "0 1", "\"ab\""}, {"!5", "0 1", "1.5"},
            {"!1100", "2*!550", "-1"}, {"!1100", "|!1100", "!1100"},
        };
        for (String[] c : cases) {
            String fast = "p:" + c[0] + "; r:p[" + c[1] + "]:" + c[2] + "; (p;r)";
            String slow = "{[x;i;y] p:x; r:p[i]:y; (p;r)}[" + c[0] + ";" + c[1] + ";" + c[2] + "]";
            same(fast, slow);
        }
        assertEquals("index", err("p:!5; p[1 5]:0"));
        assertEquals("1", k("p:!5; p[0 1 2]:9; p~9 9 9 3 4"));
    }

    @Test
    void emptyVectors() {
        // Kona: +/!0 is 0, -!0 is !0, (!0)+!0 is !0
        assertEquals("0", k("+/0#0")); // not +/!0, which is summed without a list
        assertEquals("1", k("*/!0"));
        assertEquals("!0", k("-!0"));
        assertEquals("!0", k("(!0)+!0"));
        assertEquals("!0", k("(!0)<0#0.5"));
        assertEquals("0#0.0", k("(0#0.5)*0#0.5"));
        assertEquals("length", err("-':!0")); // as Kona
    }
}

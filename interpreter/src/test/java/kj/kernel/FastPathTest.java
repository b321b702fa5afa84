package kj.kernel;

import kj.eval.WorkspaceTest;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts taken for speed give what the general paths give: each case is run once in the
 * shape that takes the shortcut and once in a shape that cannot (through a lambda or a copy).
 */
class FastPathTest extends WorkspaceTest {
    /** Both expressions print the same, and the first prints {@code want}. */
    private void same(String want, String fast, String slow) {
        assertEquals(want, k(fast), fast);
        assertEquals(want, k(slow), slow);
    }

    /** (~d) on ints runs ~ and d in one kernel pass: the same as ~ of d through a lambda, in every shape. */
    @Test
    void notOfADyadOnIntsIsOnePass() {
        String[] dyads = {"=", "<", ">", "+", "-", "*", "|", "&"};
        String[][] args = {{"3 -1 0N 0I -0I 7", "3 2 0N -0I 0I -7"}, {"5", "4 5 6 0N"}, {"0 1 2", "1"}, {"!0", "!0"},
            {"-9223372036854775807 9223372036854775807", "9223372036854775807 -9223372036854775807"}};
        for (String d : dyads) {
            for (String[] a : args) {
                String x = "(" + a[0] + ")", y = "(" + a[1] + ")";
                same(k("{~x" + d + "y}[" + x + ";" + y + "]"), "(~" + d + ")[" + x + ";" + y + "]", "{~x" + d + "y}[" + x + ";" + y + "]");
            }
        }
        same(k("{~x=y}\\(1 0 1;1 1 0;0 0 0)"), "(~=)\\(1 0 1;1 1 0;0 0 0)", "{~x=y}\\(1 0 1;1 1 0;0 0 0)");
        assertEquals("length", err("(~=)[1 2;1 2 3]"));
        same("0 1", "(~=)[1 2.0;1 2.5]", "{~x=y}[1 2.0;1 2.5]"); // floats take the general way
    }

    /** +/!n written out is summed without making !n; other arguments of ! take the general way. */
    @Test
    void sumOfTilIsTheSumOfItsItems() {
        for (long n : new long[] {0, 1, 2, 3, 4, 5, 99, 100, 1000, 65537, 1_000_000}) {
            long want = java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(n - 1)).shiftRight(1).longValue();
            same(String.valueOf(want), "+/!" + n, "+/0+!" + n);
        }
        // too many items to make, so checked against the sum mod 2^64 (what the items' sum wraps to)
        java.math.BigInteger big = java.math.BigInteger.ONE.shiftLeft(33).add(java.math.BigInteger.ONE);
        assertEquals(String.valueOf(big.multiply(big.subtract(java.math.BigInteger.ONE)).shiftRight(1).longValue()), k("+/!8589934593"));
        same("3 6", "+/!2 3", "+/0+!2 3");
        same("10", "n:5; +/!n", "n:5; +/0+!n");
        assertEquals("domain", err("+/!-1"));
        assertEquals("type", err("+/!.((`a;1);(`b;2))"));
    }

    /** &/ and |/ of =, < or > on ints is one pass with no vector of 0s and 1s: the same as through a lambda. */
    @Test
    void allAndAnyOfAComparisonAreOnePass() {
        for (int n : new int[] {1, 2, 511, 512, 513, 1500}) {
            // equal but for the item at one place (none, first, middle, last): where the scan stops
            for (String at : new String[] {"-1", "0", String.valueOf(n / 2), String.valueOf(n - 1)}) {
                k("x:" + n + " _draw 5; y:@[x;(" + at + "<0)_," + at + ";+;1]");
                for (String fold : new String[] {"&/", "|/"}) {
                    for (String cmp : new String[] {"=", "<", ">"}) {
                        for (String[] xy : new String[][] {{"x", "y"}, {"y", "x"}, {"x", "2"}, {"3", "y"}, {"x", "0N"}, {"0I", "x"}}) {
                            String e = xy[0] + cmp + xy[1];
                            same(k("{" + fold + "x}" + e), fold + e, "{" + fold + "x}" + e);
                        }
                    }
                }
            }
        }
        // not ints, or no items: the verbs as written
        same("1", "&/1.0 2=1 2", "{&/x}1.0 2=1 2");
        same("1", "&/\"abc\"=\"abc\"", "{&/x}\"abc\"=\"abc\"");
        same("1", "|/`a`b=`b", "{|/x}`a`b=`b");
        same(k("&/!0"), "&/(!0)=!0", "{&/x}(!0)=!0");
        same("1", "&/1=1", "{&/x}1=1");
        assertEquals("length", err("&/1 2=1 2 3"));
    }

    /** +/x*y on two int or two float vectors is one pass: the same as +/ of the product through a lambda. */
    @Test
    void dotProductIsTheSumOfTheProducts() {
        same("32", "+/1 2 3*4 5 6", "{+/x}1 2 3*4 5 6");
        for (int n : new int[] {0, 1, 2, 511, 512, 513, 1025, 5000}) {
            // ints that wrap, nulls and infinities among them
            k("x:(0N;0I;-0I;9223372036854775807;3;-2;77)@" + n + " _draw 7; y:(9223372036854775807;5;0N;-1)@" + n + " _draw 4");
            same(k("{+/x}x*y"), "+/x*y", "{+/x}x*y");
            // floats: summed in +/'s order from the first product, so they round as the written form
            k("x:0.1*-50+" + n + " _draw 100; y:1.0%1+" + n + " _draw 9");
            same(k("{+/x}x*y"), "+/x*y", "{+/x}x*y");
        }
        same("-0.0", "+/(,-0.0)*,1.0", "{+/x}(,-0.0)*,1.0");
        same("0.0", "+/(0#0.0)*0#0.0", "{+/x}(0#0.0)*0#0.0");
        // not two vectors of one type: the verbs as written
        same("11.0", "+/1 2*3.0 4", "{+/x}1 2*3.0 4");
        same("9", "+/1 2*3", "{+/x}1 2*3");
        same("23 34", "+/(1 2;3 4)*5 6", "{+/x}(1 2;3 4)*5 6");
        assertEquals("length", err("+/1 2*1 2 3"));
        assertEquals("type", err("+/`a*1"));
    }

    /** +/'x*\:y on int or float matrices is one pass: the same as +/ of each x[i]*y through a lambda. */
    @Test
    void matrixProductIsTheSumOfEachRowTimes() {
        // recorded from Kona: rows of x times y, summed
        same("(34 40\n 98 120\n 162 200)", "+/'(3 4#!12)*\\:(4 2#1 2 3 4 5 6 7 8)", "{+/x}'(3 4#!12)*\\:(4 2#1 2 3 4 5 6 7 8)");
        k("big:9223372036854775807");
        String[] shapes = {"1 1", "1 3", "3 1", "2 600", "5 7", "4 1025"};
        for (String xs : shapes) {
            for (String ys : new String[] {"1 2", "7 4", "600 3", "3 600", "1025 2", "1 513"}) {
                int k = Integer.parseInt(xs.split(" ")[1]), rows = Integer.parseInt(ys.split(" ")[0]);
                if (k != rows) continue;
                // ints that wrap (products past 2^63 and their sums), nulls and infinities among them
                k("x:" + xs + "#(0N;0I;-0I;big;3;-2;big-1)@(*/" + xs + ") _draw 7; y:" + ys + "#(big;5;0N;-1)@(*/" + ys + ") _draw 4");
                same(k("{+/x}'x*\\:y"), "+/'x*\\:y", "{+/x}'x*\\:y");
                // floats: the sums rounded in +/'s order, from the first product on
                k("x:" + xs + "#0.1*-50+(*/" + xs + ") _draw 100; y:" + ys + "#1.0%1+(*/" + ys + ") _draw 9");
                same(k("{+/x}'x*\\:y"), "+/'x*\\:y", "{+/x}'x*\\:y");
            }
        }
        same("(0 8.0\n 0 36.0)", "+/'(-0.0 1;2 3.0)*\\:(0.0 6;0.0 8)", "{+/x}'(-0.0 1;2 3.0)*\\:(0.0 6;0.0 8)");
        // not matrices of one type: the verbs as written
        same(k("((1*5 6)+2*7.0 8;(3*5 6)+4*7.0 8)"), "+/'(1 2;3 4)*\\:(5 6;7.0 8)", "{+/x}'(1 2;3 4)*\\:(5 6;7.0 8)");
        same("15 35", "+/'(1 2;3 4)*\\:5", "{+/x}'(1 2;3 4)*\\:5");
        same("(12 14\n 24 28)", "+/'1 2*\\:(5 6;7 8)", "{+/x}'1 2*\\:(5 6;7 8)");
        same("()", "+/'()*\\:(5 6;7 8)", "{+/x}'()*\\:(5 6;7 8)");
        same("0 0", "+/'(!0;!0)*\\:()", "{+/x}'(!0;!0)*\\:()");
        for (String bad : new String[] {"(1 2;3 4 5)*\\:(5 6;7 8)", "(1 2;3 4)*\\:(5 6;7 8;9 9)", "(1 2;3 4)*\\:(5 6;7 8 9)"}) {
            assertEquals("length", err("+/'" + bad), bad);
            assertEquals("length", err("{+/x}'" + bad), bad);
        }
        assertEquals("type", err("+/'(1 2;3 4)*\\:(`a`b;`c`d)"));
    }

    @Test
    void findEachRightLooksUpATableOfTheLeftVector() {
        // a narrow range (a table by key - min): the first of equal items, keys below and above it
        same("0 2 4 1", "3 1 4 1 5?/:3 4 5 1", "{3 1 4 1 5?x}'3 4 5 1");
        same("0 2 4", "5 5 3 5?/:5 3 4", "{5 5 3 5?x}'5 3 4");
        same("3 3 1 0", "10 11 12?/:9 13 11 10", "{10 11 12?x}'9 13 11 10");
        // a wide range (hashed): 0N and 0I at its ends, a spread far wider than 2n
        same("1 0 3 2", "1000000 -1000000 5?/:-1000000 1000000 6 5", "{1000000 -1000000 5?x}'-1000000 1000000 6 5");
        same("5 0 5", "-1 2 0N 7 -1?/:0 -1 9", "{-1 2 0N 7 -1?x}'0 -1 9");
        same("3 4", "0N 0I 0N -0I?/:-0I 5", "{0N 0I 0N -0I?x}'-0I 5");
        same(",0", "(,7)?/:,7", "{(,7)?x}',7");
        same("0 0", "(!0)?/:1 2", "{(!0)?x}'1 2");
        same("1 3", "\"abc\"?/:\"bz\"", "{\"abc\"?x}'\"bz\"");
        same("1 3", "`a`b`a?/:`b`c", "{`a`b`a?x}'`b`c");
        same("()", "1 2?/:!0", "{1 2?x}'!0");
        same("1 2", "1 2.5?/:2.5 3", "{1 2.5?x}'2.5 3");
    }

    @Test
    void uniqueOfIntsKeepsFirstOccurrencesInOrder() {
        // the general path: the first index of each group
        String slow = "{x@*:'=x}";
        same("!0", "?!0", "?0#,0"); // a general empty list goes the general way
        same(",7", "?,7", slow + "[,7]");
        same("3 -1 2 -5", "?3 -1 3 2 -1 -5 2", slow + "[3 -1 3 2 -1 -5 2]");
        same("0N 5 0I -0I", "?0N 5 0N 0I -0I 5", slow + "[0N 5 0N 0I -0I 5]"); // range overflows: hashed
        same("-1000000000000 1000000000000 0", "?-1000000000000 1000000000000 0 0",
                slow + "[-1000000000000 1000000000000 0 0]");
        same("63 64 0 -64 -65", "?63 64 0 63 -64 -65 -64", slow + "[63 64 0 63 -64 -65 -64]"); // word edges of the bit set
        same("1", "#?1000#0N", "#" + slow + "[1000#0N]");
        same("1", "a:-500+1000 _draw 1000; (?a)~" + slow + "[a]", "1"); // small range: bit set
        same("1", "a:1000 _draw 1000000000; (?a)~" + slow + "[a]", "1"); // sparse: hashed
        same("3 1 2", "b:3 1 2; ?b", "b:3 1 2; " + slow + "[b]"); // all distinct: x itself
    }

    @Test
    void groupFillsEachGroupInIndexOrder() {
        String slow = "{{&x=y}[x]'?x}"; // where each distinct value occurs
        same("()", "=!0", "=0#,0");
        same(",,0", "=,5", slow + "[,5]");
        same("(0 2 5\n 1 4\n ,3)", "=-3 9 -3 0N 9 -3", slow + "[-3 9 -3 0N 9 -3]");
        same("(0 3\n 1 4\n ,2)", "=0I -0I 0N 0I -0I", slow + "[0I -0I 0N 0I -0I]");
        same("1", "a:2000 _draw 100; (=a)~" + slow + "[a]", "1");
        same("1", "a:2000 _draw 1000000000000; (=a)~" + slow + "[a]", "1");
    }

    @Test
    void notOfATrainIntermediateIsWrittenInPlace() {
        same("0 1 0", "(~=)[1 2 3;1 5 3]", "{~x=y}[1 2 3;1 5 3]");
        same("(1 0 1\n 0 0 1\n 0 0 0)", "(~=)\\(1 0 1;1 0 0;0 0 1)", "{~x=y}\\(1 0 1;1 0 0;0 0 1)");
        same("0 0 1", "(~-:)3 -1 0", "{~-x}[3 -1 0]"); // (~-)x projects, as in Kona
        same("0 1 2", "a:0 1 2; b:(~+:)a; a", "a:0 1 2; b:{~+x}[a]; a"); // + of a vector is x itself: shared, so copied
        same("1 0 0", "a:0 1 2; (~+:)a", "a:0 1 2; {~+x}[a]");
        same("0 1", "(~=)[1.5 2;1.5 3]", "{~x=y}[1.5 2;1.5 3]");
        same("1", "(~<)[1;0]", "{~x<y}[1;0]");
    }

    @Test
    void formatOfAnIntVectorWritesEachTextInOneWord() {
        String slow = "{$:'x}"; // each int atom on its own
        same("()", "$!0", slow + "[!0]");
        same(",,\"5\"", "$,5", slow + "[,5]");
        same("(\"-1234567\"\n \"12345678\"\n \"-12345678\"\n ,\"0\"\n \"-9223372036854775808\"\n \"9223372036854775807\"\n \"-9223372036854775807\")",
                "$-1234567 12345678 -12345678 0 0N 0I -0I", slow + "[-1234567 12345678 -12345678 0 0N 0I -0I]");
        same("\"-92233720368547758069223372036854775806\"", ",/$-9223372036854775806 9223372036854775806",
                ",/" + slow + "[-9223372036854775806 9223372036854775806]");
        same("\"-7-6-5-4-3-2-10123456789101112\"", ",/$-7+!20", ",/" + slow + "[-7+!20]");
        same("1", "(,/$!100000)~,/" + slow + "[!100000]", "1");
    }

    @Test
    void aCopyOfTheDirectorySeesNoAmend() {
        assertEquals("1 2 3", k("a:1 2 3; f:{s:.k; .k.a[0]:9; s`a}; f[]"), "a global under a shared .k");
        assertEquals("9 2 3", k("a"));
        assertEquals("1 2 3", k("b:1 2 3; g:{s:.k; b[0]::7; s`b}; g[]"));
        assertEquals(".,(`x;1;)", k("d:.,(`x;1); h:{s:.k; .k.d[`x]+:5; s`d}; h[]"), "a dict under a shared .k");
        assertEquals(".,(`x;6;)", k("d"));
        assertEquals("1 2 3", k("c:1 2 3; h:{s:.k; @[`.k.c;0;:;9]; s`c}; h[]"), "amend by handle");
    }

    @Test
    void indexedAssignmentChangesTheVectorWhereItLies() {
        assertEquals("1 12 3", k("a:1 2 3; a[1]+:10; a"));
        assertEquals("12", k("a:1 2 3; a[1]+:10"));
        assertEquals("1 5 3", k("a:1 2 3; a[1]:5; a"));
        assertEquals("(1;2.5;3)", k("a:1 2 3; a[1]+:0.5; a"), "a float item makes a general list");
        assertEquals("1.5 2 3.0", k("a:1 2 3.0; a[0]+:0.5; a"));
        assertEquals("\"xbc\"", k("a:\"abc\"; a[0]:\"x\"; a"));
        assertEquals("`a `z", k("a:`a`b; a[1]:`z; a"));
        assertEquals("1 2 3", k("a:1 2 3; b:a; b[0]+:9; a"), "a shared vector is copied");
        assertEquals("10 2 3", k("a:1 2 3; b:a; b[0]+:9; b"));
        assertEquals("index", err("a:1 2 3; a[3]+:1"));
        assertEquals("index", err("a:1 2 3; a[-1]:1"));
        assertEquals("type", err("a:1 2 3; a[0]+:`x"));
        assertEquals("1 2 3", k("a:1 2 3; @[{a[0]+:`x};0;:]; a"), "an error leaves the value as it was");
        assertEquals("0N 2", k("a:0N 1; a[1]+:1; a"));
        assertEquals("4 2 3", k("{a:1 2 3; a[0]+:3; a}[]"), "a local");
    }

    @Test
    void indexedAssignmentChangesTheDictWhereItLies() {
        assertEquals("2", k("d:.((`a;1);(`b;2)); d[`a]+:1"));
        assertEquals("2 2", k("d[`a`b]"));
        assertEquals("1 2", k("e:.((`a;1);(`b;2)); f:e; f[`a]+:1; e[`a`b]"), "a shared dict is copied");
        assertEquals("2 2", k("f[`a`b]"));
        assertEquals("5 6", k("d[`a]:5 6; d[`a]"));
        assertEquals("6 7", k("d[`a]+:1; d[`a]"));
        assertEquals("9", k("d[`c]:9; d[`c]"), "a new key takes the general path");
        assertEquals("type", err("d[`z]+:1"), "nil + 1");
    }

    @Test
    void flipOfUniformRowsCopiesInTiles() {
        assertEquals("(1 4\n 2 5\n 3 6)", k("+(1 2 3;4 5 6)"));
        assertEquals("(\"ad\"\n \"be\"\n \"cf\")", k("+(\"abc\";\"def\")"));
        assertEquals("(`a `c\n `b `d)", k("+(`a`b;`c`d)"));
        assertEquals("(-0.5 0n\n 1.5 -0.0)", k("+(-0.5 1.5;0n -0.0)"));
        assertEquals("(,1\n ,2)", k("+,1 2"));
        assertEquals("()", k("+(!0;!0)"));
        assertEquals("length", err("+(1 2;1 2 3)"));
        for (String m : new String[] {"37 70#!9999", "70 37#-5+!9999", "33 65#0.5*!9999", "65 70#\"abcdefghijk\"", "17 40#`a`b`c"}) {
            assertEquals("1", k("m:" + m + "; (+m)~{m[;x]}'!#m[0]"), m);
            assertEquals("1", k("m~++m"), m);
        }
    }

    @Test
    void formatWritesIntDigitsIntoTheCell() {
        assertEquals("(,\"0\"\n \"-1\"\n \"10\"\n \"-10\"\n \"-9223372036854775808\"\n \"9223372036854775807\"\n \"-9223372036854775807\"\n \"9223372036854775806\"\n \"-9223372036854775806\"\n \"123456789\")",
            k("$0 -1 10 -10 0N 0I -0I 9223372036854775806 -9223372036854775806 123456789"));
        assertEquals("\"-42\"", k("$-42"));
        assertEquals(",\"7\"", k("$7"));
        assertEquals("()", k("$!0"));
        assertEquals("1", k("v:-500+!1000; (0$'$v)~v"), "the texts parse back");
    }

    @Test
    void gradeGroupAndUniqueOfIntsCopyTheKeysInBulk() {
        assertEquals("!0", k("<!0"));
        assertEquals(",0", k("<,5"));
        assertEquals("2 4 0 3 1", k("<3 0I 0N 5 -0I"));
        assertEquals("1 3 0 4 2", k(">3 0I 0N 5 -0I"));
        assertEquals("1 3 0 2", k("<5 -2 7 -2"));
        assertEquals("(0 2\n ,1\n ,3)", k("=0N 5 0N -5"));
        assertEquals("0N 5 -5", k("?0N 5 0N -5"));
        assertEquals("()", k("=!0"));
        assertEquals("1", k("v:-50+1000 _draw 100; s:v@<v; (&/~(1_ s)<-1_ s)&(#v)=#?<v"));
        assertEquals("1", k("v:1000 _draw 0; s:v@<v; (&/~(1_ s)<-1_ s)&(#?v)=#=v"), "a wide range takes the radix sort and the hash");
    }

    @Test
    void rotateOfAListCopiesTheItemsInTwoSpans() {
        assertEquals("(3 4\n ,5\n 1 2)", k("1!(1 2;3 4;,5)"));
        assertEquals("(,5\n 1 2\n 3 4)", k("-1!(1 2;3 4;,5)"));
        assertEquals("(1 2\n 3 4)", k("4!(1 2;3 4)"));
        assertEquals("()", k("3!()"));
        assertEquals("1", k("m:(1 2;`a;\"xy\";3.5 4); &/{(x!m)~m@(x+!#m)!#m}'-9+!19"));
        assertEquals("(1 2\n 3 4)", k("m:(1 2;3 4); r:1!m; m"), "the source keeps its items");
    }
}

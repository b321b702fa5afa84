package kj.prim;

import kj.eval.WorkspaceTest;

import static org.junit.jupiter.api.Assertions.*;

import kj.value.K;
import org.junit.jupiter.api.Test;

/**
 * An atomic verb writes its result into a unique temporary argument of the result's type and
 * count; shared values (variables, literals) are never written. Each case is checked against
 * the same expression through a lambda, whose arguments are never unique.
 */
class UniqueTemporaryTest extends WorkspaceTest {
    private void same(String fast, String slow) { assertEquals(k(slow), k(fast), fast); }

    @Test
    void dyadsOnTemporariesGiveTheGeneralAnswer() {
        k("a:3 -1 0N 0I -0I 7; b:2 5 1 -1 1 0; f:1.5 -2 0n 0i -0i 4");
        for (String op : new String[] {"+", "-", "*", "%", "|", "&", "^", "<", ">", "="}) {
            same("(a+0)" + op + "(b+0)", "{x" + op + "y}[a;b]");
            same("(a+0)" + op + "b", "{x" + op + "y}[a;b]");
            same("a" + op + "(b+0)", "{x" + op + "y}[a;b]");
            same("(a+0)" + op + "2", "{x" + op + "y}[a;2]");
            same("2" + op + "(b+0)", "{x" + op + "y}[2;b]");
            same("(f+0)" + op + "(f*1)", "{x" + op + "y}[f;f]");
            same("(a+0)" + op + "(f+0)", "{x" + op + "y}[a;f]");
            same("(f+0)" + op + "(a+0)", "{x" + op + "y}[f;a]");
            same("(a+0)" + op + "1.5", "{x" + op + "y}[a;1.5]");
            same("(!0)" + op + "!0", "{x" + op + "y}[!0;!0]");
            same("(,5)" + op + ",3", "{x" + op + "y}[,5;,3]");
        }
        assertEquals("(3 -1 0N 0I -0I 7;2 5 1 -1 1 0)", k("(a;b)").replace("\n ", ";"), "the variables are unchanged");
        assertEquals("1", k("(9223372036854775807+!2)~-9223372036854775807 -9223372036854775806+-2"), "overflow wraps");
    }

    @Test
    void monadsOnTemporaries() {
        k("a:3 -1 0N 0I -0I 7; f:1.5 -2 0n 0i -0i 4");
        same("-a+0", "{-x}a");
        same("-f+0", "{-x}f");
        same("%a+0", "{%x}a");
        same("%f+0", "{%x}f");
        same("~a+0", "{~x}a");
        same("-(!0)", "{-x}@!0");
        assertEquals("3 -1 0N 0I -0I 7", k("-a; %a; ~a; a"));
    }

    @Test
    void aChainOfDyadsAllocatesOneResult() {
        k("im:!1000000"); // 8 MB: one lane-23 cell per vector
        in.pool().resetPeak();
        long before = in.pool().used();
        assertEquals("2499997500000", k("+/im+im+im+im+im"));
        long added = in.pool().stats().peakUsed() - before;
        assertTrue(added < 2 * 8_400_000L, "peak grew by " + added + " bytes: more than one temporary vector");
        in.pool().resetPeak();
        before = in.pool().used();
        assertEquals("-1000000", k("+/-1+im-im*1"));
        added = in.pool().stats().peakUsed() - before;
        assertTrue(added < 2 * 8_400_000L, "peak grew by " + added + " bytes");
    }

    @Test
    void rowsOfATemporaryListTakeTheirResults() {
        k("m:3 4#!12; r:(1 2;3.5 4)");
        same("(m+0)+m", "{x+y}[m;m]");
        same("m-(m*2)", "{x-y}[m;m*2]");
        same("(m*2)<m+1", "{x<y}[m*2;m+1]");
        same("(r+0)*r", "{x*y}[r;r]");
        same("(r+0)+1", "{x+y}[r;1]");
        same("1 2 3+(m+0)", "{x+y}[1 2 3;m]");
        same("(m+0)+(1 2 3 4;5 6 7 8;9 10 11 12.5)", "{x+y}[m;(1 2 3 4;5 6 7 8;9 10 11 12.5)]");
        same("(3#,1 2 3 4)+m+0", "{x+y}[3#,1 2 3 4;m]"); // one row shared three times: never written
        assertEquals("1", k("m~3 4#!12"), "m unchanged");
        k("im:500 1000#!500000"); // 500 rows of 8 KB
        in.pool().resetPeak();
        long before = in.pool().used();
        assertEquals("1", k("(im+im+im+im)~4*im"));
        long added = in.pool().stats().peakUsed() - before;
        assertTrue(added < 3 * 500 * 8200L, "peak grew by " + added + " bytes: more than two temporary matrices");
    }

    @Test
    void aJoinOfTwoLiteralsIsOneFreshLiteral() {
        // folded at parse time when both sides are literals of one type; checked against Kona
        String[] joins = {"1 2 3,4", "1,2", "\"ab\",\"c\"", "\"a\",\"b\"", "`a`b,`c", "1.5,2.5 3", "1 2,3 4,5", "\"\",\"\"", "1,2.5", "(),1"};
        for (String j : joins) {
            String[] sides = j.split(",(?=[^,]*$)");
            same(j, "{x,y}[" + sides[0] + ";" + sides[1] + "]");
            assertEquals(k("4:{x,y}[" + sides[0] + ";" + sides[1] + "]"), k("4:" + j), "the type of " + j);
        }
        assertEquals("1 2 3 9", k("do[2; y:1 2,3; y,:9]; y"), "each evaluation a fresh vector");
        assertEquals("9 2 3 4", k("x:1 2 3,4; x[0]:9; x"));
        assertEquals("1 2 3 4", k("f:{1 2 3,4}; f[]; r:f[]; r[0]:7; f[]"), "a literal in a lambda is not written into");
    }

    @Test
    void joinIntoATemporaryAndLiteralsAreShared() {
        assertEquals("1 2 3 4", k("x:1 2 3,4; x"));
        assertEquals("1", k("y:5; z:5; y~z"));
        assertEquals("(1 2 3 4;1 2 3)", k("a:1 2 3; (a,4;a)").replace("\n ", ";"));
        assertEquals("6 7", k("c:5; c+:1; (c;c+1)").replace("\n ", ";"));
        assertEquals("5", k("d:5; e:d; e+:1; d"));
        assertEquals("\"ab\"", k("\"a\",\"b\""));
    }
}

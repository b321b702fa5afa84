package kj.eval;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Literals (and lambdas that capture nothing, derived verbs of primitives) are made once per
 * top-level evaluation and shared: a literal's node holds its cell
 * from its first use until the evaluation that made it ends, and every value made from it holds
 * its own reference, so nothing changes a held cell in place. ,x of a literal x is folded into the
 * literal it gives. Every test checks the pool is back at its baseline (WorkspaceTest).
 */
class HeldLiteralsTest extends WorkspaceTest {
    @Test
    void aLiteralInALoopOrALambdaIsMadeOnce() {
        assertTrue(allocatedBy("do[1000; x:1 2 3]") < 10, "x:1 2 3 a thousand times");
        assertTrue(allocatedBy("do[1000; x:\"abc\"; y:`a`b; z:2.5]") < 10);
        assertTrue(allocatedBy("f:{x,1 2 3}; do[1000; f 1]") < 2100, "one answer a call and its atom, not the literal");
        k("v:1 2 3");
        assertTrue(allocatedBy("do[1000; {+/x} v]") < 1100, "the lambda and its +/ once, the sum a call");
        assertEquals("6 6", k("{+/x}'(v;v)"));
        // a lambda that captures is made on each evaluation, with the values it captures then
        assertEquals("11 12", k("mk:{a:x; {a+x}}; ((mk 1) 10; (mk 2) 10)"));
        k("b:()");
        assertTrue(allocatedBy("do[1000; b,:,\"ab\"]") < 20, "the enlisted string is one cell, b grows by doubling");
        assertEquals("1000 1", k("(#b; #?b)"));
        assertEquals("\"ab\"", k("b 999"));
    }

    @Test
    void aHeldLiteralIsNeverChangedInPlace() {
        assertEquals("(1 2 3\n 2 2 3\n 3 2 3)", k("{a:1 2 3; a[0]+:x; a}'!3"));
        assertEquals("(\"abx\"\n \"abx\")", k("{a:\"ab\"; a,:\"x\"; a}'!2"));
        assertEquals("(3 5.0\n 3 5.0)", k("{a:1.5 2.5; a*:2; a}'!2"));
        assertEquals("(,\"abc\"\n ,\"abc\")", k("{a:,\"ab\"; a[0],:\"c\"; a}'!2"));
        assertEquals("(`c `b\n `c `b)", k("{a:`a`b; a[0]:`c; a}'!2"));
        assertEquals("(\"abc\"\n \"ab\"\n \"ab\")", k("b:(); do[3; b,:,\"ab\"]; b[0],:\"c\"; b"));
        // a literal taken by a global outlives the evaluation that made it, then is the global's alone
        k("g:1 2 3");
        assertEquals("9 2 3", k("g[0]:9; g"));
        assertEquals("1 2 3", k("1 2 3"));
    }

    @Test
    void enlistedLiteralsAreTheValuesEnlistGives() {
        assertEquals(k(",:'1 2"), "(,1\n ,2)");
        assertEquals(",1", k(",1"));
        assertEquals(",\"a\"", k(",\"a\""));
        assertEquals(",`a", k(",`a"));
        assertEquals(",1.5", k(",1.5"));
        assertEquals(",1 2", k(",1 2"));
        assertEquals(",\"ab\"", k(",\"ab\""));
        assertEquals("0 0 1 0", k("(@,1; @,\"ab\"; #,\"ab\"; 4:,\"ab\")"));
        assertEquals("length", err("(!3)+,1"));
    }

    @Test
    void anErrorHalfWayLeavesNoLiteralHeld() {
        assertEquals("type", err("do[10; x:1 2 3; x+`a]"));
        assertEquals(0, in.interp().heldCells().length);
        assertEquals("type", err("{a:\"ab\",1.5; a+`a}[]"));
        assertEquals(0, in.interp().heldCells().length);
        assertEquals("1 2 3", k("x"), "the global keeps the literal's cell, now its alone");
        assertEquals("3", k("{a:x+1 2 3; #a}[1]"));
        assertEquals(0, in.interp().heldCells().length);
    }
}

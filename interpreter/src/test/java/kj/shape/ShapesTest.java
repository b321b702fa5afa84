package kj.shape;

import kj.eval.WorkspaceTest;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The structural verbs through the interpreter: printed results, errors, and no leaks. */
class ShapesTest extends WorkspaceTest {
    @Test
    void enumerate() {
        assertEquals("0 1 2 3 4", k("!5"));
        assertEquals("!0", k("!0"));
        assertEquals("(0 0\n 0 1\n 1 0\n 1 1)", k("!2 2"));
        assertEquals("0#`", k("!_n"));
        assertEquals("`a `b", k("!`a`b!(1;\"x\")"));
        assertEquals("domain", err("!-3"));
        assertEquals("0 1", k("!2.5"));
        // a float count past the ints, or 0n, is no count (Kona's C conversion gives it INT64_MIN)
        assertEquals("domain", err("!0n"));
        assertEquals("domain", err("!0i"));
        assertEquals("domain", err("!1e19"));
    }

    @Test
    void takeAndReshape() {
        assertEquals("(0 1 2\n 3 4 5\n 6 7 8)", k("3 3#!9"));
        assertEquals("!0", k("0#1 2"));
        assertEquals("\"\"", k("0#\"ab\""));
        assertEquals("0#`", k("0#`a"));
        assertEquals("3 4 0 1 2 3 4", k("-7#!5"));
        assertEquals("\"ababa\"", k("5#\"ab\""));
        assertEquals("0 0 0", k("3#!0"));
        assertEquals("(;;)", k("3#()"));
        assertEquals("7 7", k("2#7"));
        assertEquals("(\"ab\"\n \"cd\")", k("2 -1#\"abcd\""));
        assertEquals("2 3 4 0", k("^ 2 3 4 0 7 8 # \"abc\""));
        assertEquals("2 2 3", k("^ 2 -1 3 # \"abcdefghijkl\""));
        assertEquals("1", k("(!0)#1 2"));
        assertEquals("int", err("1.5#1 2"));
        assertEquals("domain", err("2 -2#!4"));
    }

    /** Answers recorded from Kona: a -1 is the count over the other lengths, rounded down. */
    @Test
    void aMissingLengthLeavesOutWhatMakesNoWholeRow() {
        assertEquals("(,\"a\"\n ,\"b\")", k("2 -1#\"abc\""));
        assertEquals("(0 1 2\n 3 4 5)", k("-1 3#!7"));
        assertEquals("()", k("-1 0#!4"));
        assertEquals("()", k("-1 0 2#!4"));
        assertEquals("(!0;!0)", k("2 0 -1#!4"));
        assertEquals("()", k("-1 4#!0"));
        assertEquals("(0 1 2 3\n 0 1 2 3\n 0 1 2 3\n 0 1 2 3)", k("-1 -1#!4"));
        assertEquals(",`a `b", k("-1 2#`a`b`c"));
        assertEquals(",(1;`a)", k("-1 2#(1;`a;\"x\")"));
    }

    @Test
    void dropAndCut() {
        assertEquals("2 3 4", k("2_!5"));
        assertEquals("0 1 2", k("-2_!5"));
        assertEquals("!0", k("9_!5"));
        assertEquals("1 2", k("-1_(1;2;3.0)"));
        // one int left of a general list stays a one-item list (Kona gives the atom: FAILURES.md)
        assertEquals(",3", k("1_(1 2;3)"));
        assertEquals(",3", k("1#(3;1 2)"));
        assertEquals(",3.5", k("1_(1 2;3.5)"));
        assertEquals("5", k("2_5"));
        assertEquals("(\"ab\"\n \"cd\")", k("0 2_\"abcd\""));
        assertEquals("(,1\n 2 3)", k("1 2_0 1 2 3"));
        assertEquals("domain", err("2 1_!5"));
        assertEquals("length", err("0 9_!5"));
        assertEquals("int", err("0 1_5"));
    }

    @Test
    void join() {
        assertEquals("1 2 3", k("1 2,3"));
        assertEquals("(1;2.0)", k("1,2.0"));
        assertEquals(",1", k("(),1"));
        assertEquals("\"abc\"", k("\"ab\",\"c\""));
        assertEquals("1 2", k("1 2,\"\""));
        assertEquals("(1 2\n `a)", k("(,1 2),`a"));
        assertEquals("`a `b", k("`a,`b"));
        assertEquals("2", k("d:`a`b!(1;\"x\"); #d,d"));
        assertEquals("3", k("d:`a`b!(1;\"x\"); #1 2,d"));
        assertEquals(",5", k(",5"));
        assertEquals(",`a", k(",`a"));
        assertEquals(",1 2", k(",1 2"));
    }

    @Test
    void rotateAndMod() {
        assertEquals("2 3 1", k("1!1 2 3"));
        assertEquals("\"cab\"", k("-1!\"abc\""));
        assertEquals("!0", k("3!!0"));
        assertEquals("1", k("7!3"));
        assertEquals("2", k("-7!3"));
        assertEquals("-2", k("7!-3"));
        assertEquals("1 0 1", k("1 2 3!2"));
        assertEquals("1.5", k("7.5!2"));
        assertEquals("`a `b `c", k("!`a`b`c!3 3#!9"));
        assertEquals("1", k("@`a`b`c!3 3#!9"));
        assertEquals("type", err("1!`a"));
        assertEquals("int", err("1.5!1 2"));
    }

    @Test
    void monadsOnItems() {
        assertEquals("3 2 1", k("|1 2 3"));
        assertEquals("5", k("|5"));
        assertEquals("0 2 2", k("&1 0 2"));
        assertEquals("0 0 0", k("&3"));
        assertEquals("!0", k("&!0"));
        assertEquals("int", err("&1.5 2"));
        assertEquals("3", k("#1 2 3"));
        assertEquals("1", k("#`a"));
        assertEquals("1", k("@1"));
        assertEquals("0", k("@1 2"));
        assertEquals("0", k("*!0"));
        assertEquals("\" \"", k("*\"\""));
        assertEquals("", k("*()"));
        assertEquals("1 2", k("*(1 2;3)"));
    }

    @Test
    void flipAndShape() {
        assertEquals("(1 3\n 2 4)", k("+(1 2;3 4)"));
        assertEquals("((1;`a)\n (2;`a)\n (3;`a))", k("+(1 2 3;`a)"));
        assertEquals("1 2 3", k("+1 2 3"));
        assertEquals("length", err("+(1 2;3 4 5)"));
        assertEquals("((`f\n  0 1)\n (`g\n  2 3)\n (`h\n  4 5))", k("+(`f`g`h;3 2#!6)"));
        assertEquals("4 3", k("^ (1 2 3; \"abc\"; `x `y `z; 5.4 1.2 -3.56)"));
        assertEquals("2 3 2", k("^ ((1 2; `a `b; \"AB\"); (\"CD\"; 3 4; `c `d))"));
        assertEquals("2 3", k("^ ((0 1 2; `a; \"AB\"); (\"CD\"; 3 4; `c `d))"));
        assertEquals(",3", k("^ 1 2 3"));
        assertEquals("!0", k("^ 3.14"));
        assertEquals(",0", k("^ ()"));
    }

    @Test
    void grade() {
        assertEquals("1 3 0 2 4", k("<3 1 4 1 5"));
        assertEquals("4 2 0 1 3", k(">3 1 4 1 5"));
        assertEquals("1 0 2 3 4", k("<\"hello\""));
        assertEquals("2 1 0", k("> `aaa `bb `c"));
        assertEquals("2 1 0 3", k("<1.5 -2 0n 3"));
        assertEquals("2 1 0", k("<0I 0 0N"));
        assertEquals("0 1 3 2", k("<(\"aaa\";\"bb\";\"c\";,\"d\")"));
        assertEquals("0 1", k("<(\"abd\";\"ad\")"));
        assertEquals("3 2 0 1", k(">(\"ab\";,\"a\";\"aba\";\"a\")"));
        assertEquals("2 1 0", k(">(\"\";,\"\\000\";\" \")"));
        assertEquals("0 2 1", k("> (8 1 6;3 5 7; 3 9 2)"));
        assertEquals("!0", k("<!0"));
        assertEquals("rank", err("<5"));
    }

    @Test
    void groupAndUnique() {
        assertEquals("()", k("=!0"));
        assertEquals(",,0", k("=,1"));
        assertEquals("(0 2 3\n 1 4 5)", k("= 2 1 2 2 1 1"));
        assertEquals("(,0\n 1 2 4\n ,3\n ,5\n ,6)", k("=\"weekend\""));
        assertEquals("(0 4 5\n 1 6\n ,2\n ,3)", k("=``a`b`c```a"));
        assertEquals("(0 2 5\n 1 4\n ,3)", k("=(9 2 3;4 5;9 2 3;6 7 8;4 5;9 2 3)"));
        assertEquals("9 6 8 7", k("? 9 6 8 6 9 7 8 9 6"));
        assertEquals("\"racon\"", k("?\"raccoon\""));
        assertEquals("(9 2 3\n 4 5\n 6 7 8)", k("? (9 2 3;4 5;9 2 3;6 7 8;4 5;9 2 3)"));
        assertEquals("2 2.0", k("?2. 1.9999999999999"));
        assertEquals(",0", k("?,0"));
        assertEquals("rank", err("=5"));
    }

    @Test
    void find() {
        assertEquals("2", k("9 8 7 6 5 4 3 ? 7"));
        assertEquals("7", k("9 8 7 6 5 4 3 ? 1"));
        assertEquals("7", k("1 7 2 4 6 10 3 ? 4 3"));
        assertEquals("1", k("`a`b?`b"));
        assertEquals("1", k("(1;`a;\"x\")?`a"));
        assertEquals("1", k("(1 2;3 4)?3 4"));
        assertEquals("1", k("1 2.0?2"));
        assertEquals("domain", err("`a?`a"));
    }

    @Test
    void anAtomLeftOfFindIsADomainErrorAsInKona() {
        assertEquals("domain", err("5?10"));
        assertEquals("domain", err("-5?100"));
        assertEquals("domain", err("3?`a`b`c"));
        assertEquals("domain", err("3?-1"));
    }

    @Test
    void bigVectors() {
        // their speed is measured by the benchmark scripts, not here
        assertEquals("1000000", k("#<1000000 _draw 1000000"));
        assertEquals("1000", k("#=1000000 _draw 1000"));
        assertEquals("1000", k("#?1000000 _draw 1000"));
        assertEquals("999999", k("(|!1000000)?0"));
        assertEquals("999999 999998 999997", k("3#<|!1000000"));
        assertEquals("1000000", k("#>1000000 _draw 0"));
        assertEquals("1000000", k("#?1000000 _draw -1000000000000"));
    }
}

package kj.eval;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indexed assignment with an operator: the in-place path (the variable alone holds a vector, one
 * atom index, an atom operand) against the general amend (the same line on a shared value), and
 * a statement whose value nobody reads against one whose value is shown.
 */
class AssignmentTest extends WorkspaceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '@', value = {
        "1 2 3 @ + @ 5",
        "1 2 3 @ - @ 5",
        "1 2 3 @ * @ -4",
        "7 2 3 @ % @ 2",
        "7 2 3 @ % @ 0",
        "1 2 3 @ | @ 9",
        "1 2 3 @ & @ -9",
        "1 2 3 @ < @ 5",
        "1 2 3 @ > @ 5",
        "1 2 3 @ = @ 2",
        "1 2 3 @ ^ @ 2",
        "0N 0I -0I @ + @ 1",
        "9223372036854775806 1 @ + @ 5",
        "1.5 2.5 0n @ + @ 1",
        "1.5 2.5 0n @ * @ 2.5",
        "1.5 2.5 0n @ % @ 0",
        "1.5 2.5 0n @ | @ 0n",
        "1.5 2.5 0n @ < @ 2",
        "1.5 2.5 @ = @ 2.5",
        "1 2 3 @ + @ 0.5",
        "1 2 3 @ + @ 1 2",
        "\"abc\" @ , @ \"d\"",
    })
    void anOperatorOnOneItemGivesWhatTheGeneralAmendGives(String vector, String op, String y) {
        for (String i : new String[] {"0", "1"}) {
            String line = "[" + i + "]" + op + ":" + y;
            String general = k("a:" + vector + "; b:a; a" + line + "; a");
            String inPlace = k("a:" + vector + "; a" + line + "; a");
            assertEquals(general, inPlace, "a" + line + " on " + vector);
            String value = k("a:" + vector + "; b:a; a" + line);
            assertEquals(value, k("a:" + vector + "; a" + line), "the value of a" + line);
            assertEquals(inPlace, k("a:" + vector + "; do[1; a" + line + "]; a"), "in a loop body");
            assertEquals(inPlace, k("{a:" + vector + "; a" + line + "; a}[]"), "a local");
            String named = "[j]" + op + ":w";
            assertEquals(inPlace, k("a:" + vector + "; j:" + i + "; w:" + y + "; a" + named + "; a"), "index and operand held by names");
            assertEquals(inPlace, k("{a:" + vector + "; j:" + i + "; w:" + y + "; a" + named + "; a}[]"), "held by locals");
            assertEquals(general, k("a:" + vector + "; j:" + i + "; w:" + y + "; b:a; a" + named + "; a"), "by names, shared");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '@', value = {
        "1 @ + @ 5", "1 @ % @ 2", "1 @ < @ 2", "1 @ ^ @ 2", "1 @ + @ 0.5", "1.5 @ * @ 2", "1.5 @ = @ 1.5",
        "1 2 3 @ + @ 1", "1.5 2 @ - @ 1", "`x @ , @ `y", "\"ab\" @ , @ \"c\"", "0N @ - @ 1",
    })
    void anOperatorOnADictEntryGivesWhatTheGeneralAmendGives(String value, String op, String y) {
        String line = "d[`a]" + op + ":" + y;
        String general = k("d:.((`a;" + value + ");(`b;2)); e:d; " + line + "; d");
        assertEquals(general, k("d:.((`a;" + value + ");(`b;2)); " + line + "; d"), line + " on " + value);
        assertEquals(k("d:.((`a;" + value + ");(`b;2)); e:d; " + line), k("d:.((`a;" + value + ");(`b;2)); " + line),
                "the value of " + line);
        assertEquals(k(value), k("d:.((`a;" + value + ");(`b;2)); e:d`a; " + line + "; e"), "a value held elsewhere stays");
        assertEquals(general, k("d:.((`a;" + value + ");(`b;2)); w:" + y + "; d[`a]" + op + ":w; d"), "the operand held by a name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '@', value = {
        "1 @ + @ 5", "1 @ - @ 5", "1 @ * @ -4", "7 @ % @ 2", "7 @ % @ 0", "1 @ | @ 9", "1 @ & @ -9",
        "1 @ < @ 5", "1 @ > @ 5", "2 @ = @ 2", "1 @ ^ @ 2", "0N @ + @ 1", "9223372036854775806 @ + @ 5",
        "1 @ + @ 0.5", "1.5 @ + @ 1", "1 @ + @ 1 2", "`x @ , @ `y", "5000 @ - @ 1",
    })
    void anOperatorOnAnAtomGivesWhatTheGeneralAssignmentGives(String value, String op, String y) {
        String line = "x" + op + ":" + y;
        String general = k("x:" + value + "; z:" + line + "; x"); // its value is wanted: the general path
        assertEquals(general, k("x:" + value + "; " + line + "; 0; x"), line + " on " + value);
        assertEquals(general, k("x:" + value + "; do[1; " + line + "]; x"), "in a loop body");
        assertEquals(general, k("{x:" + value + "; " + line + "; 0; x}[]"), "a local");
        assertEquals(general, k("x:" + value + "; w:" + y + "; x" + op + ":w; 0; x"), "the operand held by a name");
        assertEquals(k(value), k("x:" + value + "; e:x; " + line + "; 0; e"), "a value held elsewhere stays");
    }

    @Test
    void aCounterFromASmallIntGetsAnAtomOfItsOwn() {
        // a small int atom is the workspace's shared one: the first turn gives the variable (or
        // the dict's entry) a fresh atom, which later turns change where it lies
        assertTrue(allocatedBy("x:0; do[3000; x+:1]") < 10, "x+:1 from 0");
        assertTrue(allocatedBy("d:.((`a;1);(`b;2)); do[3000; d[`a]+:1]") < 20, "d[`a]+:1 from 1");
        assertEquals("3000 3", k("x:0; do[3000; x+:1]; y:3; y+:0; (x;y)"));
        assertEquals("5 6", k("x:5; e:x; do[1; x+:1]; (e;x)"), "a shared atom is replaced, not changed");
        assertEquals("1 2 3001", k("d:.((`a;1);(`b;2)); e:d`a; do[3000; d[`a]+:1]; (e;d`b;d`a)"));
    }

    @Test
    void aLoopOfInPlaceAmendsCounts() {
        assertEquals("100000 1 2", k("a:!3; do[100000; a[0]+:1]; a"));
        assertEquals("1.5 100001.0", k("f:1.5 1.0; do[100000; f[1]+:1]; f"));
        assertEquals("100001", k("d:.((`a;1);(`b;2)); do[100000; d[`a]+:1]; d`a"));
        assertEquals("11 1", k("d:.((`a;1);(`b;2)); e:d`a; do[10; d[`a]+:1]; (d`a;e)"), "a value held elsewhere does not change");
        assertEquals("6", k("a:1 2 3; a[2]*:2"), "the last statement's value is shown");
        assertEquals("index", err("a:1 2 3; a[5]+:1; a"));
        assertEquals("type", err("a:1 2 3; a[0]+:`x; a"));
        assertEquals("1 2 3", k("a:1 2 3; @[{a[0]+:`x};0;:]; a"), "a failed amend leaves the vector as it was");
    }

    @Test
    void anAssignmentWhoseValueFailsChangesNothing() {
        String d = "d:.((`p;1);(`q;\"r\")); ";
        assertEquals("type", err(d + "d[(;!0)]:3 4"), "the amendment is done, its value d[(;!0)] is not");
        assertEquals(k(d + "d"), k(d + "@[{d[(;!0)]:3 4};0;:]; d"), "the global is as it was");
        assertEquals(k(d + "@[d;(;!0);:;3 4]"), k(d + "do[1; d[(;!0)]:3 4]; d"), "no value wanted: the amendment stands");
    }

    @Test
    void anIndexThatReassignsTheVariableIsEvaluatedBeforeItsValueIsRead() {
        assertEquals("rank", err("c:1 2 3; c[c:0]:9"), "c is 0 when it is amended");
        assertEquals("1", k("c:1 2 3; @[{c[c::1]+:9};0;:]; c"));
        assertEquals("5 6", k("a:1 2 3; @[{a[:[1;a::5 6;0]]:7};0;:]; a"));
        assertEquals("()", k("c:`x`y; c[c@:()]&:1; c"), "seed 20261204 #20666 read a freed value");
        assertEquals("rank", err("{a:1 2; a[a:0]:9; a}[]"), "a local");
        assertEquals("9 9", k("{a:1 2; a[a::0 1]:9; a}[]"));
    }
}

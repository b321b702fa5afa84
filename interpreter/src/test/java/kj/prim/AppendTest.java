package kj.prim;

import kj.eval.WorkspaceTest;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * {@code a,:y} into a unique variable grows its cell in place (kj.value.Append); each case is
 * checked against the general join, taken through a lambda that cannot own the value.
 */
class AppendTest extends WorkspaceTest {
    /** a:init; a,:y (in place) and a:{x,y}[a;y] (a copy) leave a matching {@code want}, a K expression. */
    private void same(String want, String init, String y) {
        String w = k(want);
        assertEquals(w, k("a:" + init + "; a,:" + y + "; a"), init + " ,: " + y);
        assertEquals(w, k("a:" + init + "; a:{x,y}[a;" + y + "]; a"), init + " , " + y);
        assertEquals("1", k("a:" + init + "; a,:" + y + "; a~" + want), "match " + init + " ,: " + y);
    }

    private void is(String src) { assertEquals("1", k(src), src); }

    @Test
    void vectorsTakeAtomsAndVectorsOfTheirType() {
        same("1 2 3", "1 2", "3");
        same("1 2 3 4", "1 2", "3 4");
        same("1.5 2 3", "1.5 2", "3.0");
        same("\"abc\"", "\"ab\"", "\"c\"");
        same("\"abcd\"", "\"ab\"", "\"cd\"");
        same("`a`b`c", "`a`b", "`c");
        same("`a`b`c`d", "`a`b", "`c`d");
        same("1 2", "1 2", "!0");
        same("1 2", "1 2", "()");
        same("0N 0I 0N", "0N 0I", "0N");
    }

    @Test
    void atomsWrittenOrNamedAndSharedValues() {
        same("1 2 7", "1 2", "7");
        is("b:7; a:1 2; a,:b; a~1 2 7");
        is("a:1 2; c:a; a,:3; (c~1 2)&a~1 2 3"); // shared: the general join, c untouched
        is("{r:1 2; r,:3; r}[]~1 2 3");
        same("(1.5;2.0;3)", "1.5 2", "3"); // a float vector and an int make a general list
        same("(1;2;`a;4)", "(1;2;`a)", "4");
        same("0N 0I 0N", "0N 0I", "0N");
    }

    @Test
    void otherShapesGoTheGeneralWay() {
        same("(1;2;\"c\")", "1 2", "\"c\"");
        same("(1;2;3.0)", "1 2", "3.0");
        same(",3", "!0", "3");
        same(",3", "()", "3");
        same("\"ab\"", "\"\"", "\"ab\"");
        same("(1;2;.,(`a;1))", "1 2", ".,(`a;1)");
    }

    @Test
    void listsTakeEachItem() {
        same("(1;\"ab\";2)", "(1;\"ab\")", "2");
        same("(1;\"ab\";2;3)", "(1;\"ab\")", "2 3");
        same("(1;\"ab\";\"cd\")", "(1;\"ab\")", ",\"cd\"");
        same("(1;\"ab\";`x;4.5)", "(1;\"ab\")", "(`x;4.5)");
        same("(1 2;3 4;5 6)", "(1 2;3 4)", ",5 6");
        same("(1 2;3 4;.,(`a;1))", "(1 2;3 4)", ".,(`a;1)");
    }

    @Test
    void loopsGrowThroughLanesIntoALargeCell() {
        is("a:!0; do[50000; a,:#a]; a~!50000");
        is("b:(); do[20000; b,:,\"ab\"]; b~20000#,\"ab\"");
        is("c:\"\"; do[10000; c,:\"xyz\"]; c~30000#\"xyz\"");
        // 5*10^6 ints (40 MB) is a large cell; the next append grows its mapping
        is("a:!3000000; a,:3000000+!2000000; a,:5000000+!1000000; a~!6000000");
        is("a,:6000000; a~!6000001");
    }

    @Test
    void aSharedValueIsNotChanged() {
        is("a:1 2; b:a; a,:3; (b;a)~(1 2;1 2 3)");
        is("a:1 2; f:{a,:3; a}; (a;f[])~(1 2 3;1 2 3)"); // f[] first, and it appends to the global (Kona)
        is("a:1 2; ({[x] x,:3; x}[a];a)~(1 2 3;1 2)");
        is("a:1 2; c:{a,:3}; b:a; c[]; (a;b)~(1 2 3;1 2)");
        is("a:1 2; a,:a; a~1 2 1 2");
    }

    @Test
    void localsDottedNamesAndClosures() {
        is("10000=#{r:!0; do[10000; r,:1]; r}[]");
        is(".d.x:1 2; .d.x,:3; .d.x~1 2 3");
    }
}

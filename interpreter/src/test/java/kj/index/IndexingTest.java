package kj.index;

import kj.eval.WorkspaceTest;
import static org.junit.jupiter.api.Assertions.*;

import kj.prim.Match;
import kj.print.Printer;
import kj.value.K;
import kj.value.Sym;
import org.junit.jupiter.api.Test;

/** Indexing, amend, @ and . in their forms, dicts and error traps; every test leaves the pool as it found it. */
class IndexingTest extends WorkspaceTest {
    /** Runs both and checks that their values match (~). */
    private void same(String want, String expr) {
        long w = in.run(want);
        try {
            long v = in.run(expr);
            try {
                assertTrue(Match.match(w, v), expr + " gave " + Printer.show(v, 7) + ", not " + Printer.show(w, 7));
            } finally {
                K.cd(v);
            }
        } finally {
            K.cd(w);
        }
    }

    private long global(String name) { return in.tree().get(name, Sym.intern(name)); }

    /** Answers recorded from Kona: . of what is no text, name or dict applies . to its items. */
    @Test
    void theMonadicDotOfAnythingElseAppliesDotToItsItems() {
        assertEquals(".[5;]", k(". 5"));
        assertEquals(".[2.5;]", k(". 2.5"));
        assertEquals(".[5;]", k(". ,5"));
        assertEquals(".[1 2;]", k(". ,(1 2)"));
        assertEquals(".[{x};]", k(". {x}"));
        assertEquals("(.[0;];.[1;];.[2;])", k(".:'!3"));
        assertEquals("3", k(". (+;1 2)"));
        assertEquals("rank", err(". 1 2"));
        assertEquals("rank", err(". 2 0"));
        assertEquals("valence", err(". 1 2 3 4 5"));
        assertEquals("valence", err(". 0#0.0"));
        assertEquals("rank", err("(. 5)[1 2]"));
    }

    @Test
    void indexesListsAndVectors() {
        assertEquals("`b", k("(`a`b)[1]"));
        assertEquals("4 3 2 1", k("3 1 4 2[2 0 3 1]"));
        assertEquals("\"faded\"", k("\"abcdefg\"@ 5 0 3 4 3"));
        assertEquals("(1 2\n 3 4)", k("(1 2;3 4)[0 1]"));
        assertEquals("1 3", k("(1 2;3 4)[0 1;0]"));
        assertEquals("1 2", k("(1 2;3 4)[0;0 1]"));
        assertEquals("30", k("((10 20;30 40);50)[0;1;0]"));
        assertEquals("30", k("((10 20;30 40);50)[0][1][0]"));
        assertEquals("2 20 200", k("m:(1 2 3;10 20 30;100 200 300); m[;1]"));
        assertEquals("10 20 30", k("m[1;]"));
        assertEquals("(1 2 3\n 10 20 30\n 100 200 300)", k("m[]"));
        assertEquals("-2", k("1 -2 3[1]"));
        assertEquals("()", k("1 2 3@()"));
        assertEquals("(1 2\n 3 4)", k("(1 2;3 4)[]"));
    }

    @Test
    void indexHasTheShapeOfTheIndex() {
        assertEquals("(2 7\n -23)", k("2 4 -23 8 7 @ (0 4; 2)"));
        assertEquals("((7 4 9 2\n  3 5)\n (3 5\n  7 4 9 2\n  8 1 6))", k("(8 1 6;3 5;7 4 9 2) @ ( 2 1; 1 2 0)"));
        assertEquals("(1 2\n 3 4)", k("1 2 3 4[(0 1;2 3)]"));
    }

    @Test
    void indexErrors() {
        assertEquals("index", err("1 2 3[3]"));
        assertEquals("index", err("1 2 3[-1]"));
        assertEquals("index", err("(1 2;3 4)[0 5]"));
        assertEquals("type", err("1 2 3[`a]"));
        assertEquals("rank", err("5[0]"), "an atom has no items: Kona's dot gives rank");
        assertEquals("type", err("1 2 3[0;1]"), "an item that is an atom indexed further, as (1;2 3)[0;0] in Kona (FAILURES.md)");
        assertEquals("type", err("(1;2 3)[0;0]"));
        assertEquals("type", err("(1 2 3;4 5 6)[0;1;2]"));
        assertEquals("type", err("5@0"), "and its at gives type");
        assertEquals("type", err("1 2 3[1.5]"));
        assertEquals("type", err("(1 2;3 4)[0;1;0]"));
    }

    @Test
    void dictsBySymbol() {
        k("d:.((`a;2 3 4);(`b;\"abcdefg\"))");
        assertEquals("2 3 4", k("d`a"));
        assertEquals("2 3 4", k("d@`a"));
        assertEquals("(\"abcdefg\"\n 2 3 4)", k("d @ `b`a"));
        assertEquals("3", k("d[`a;1]"));
        assertEquals("", k("d`zz"));
        assertEquals("(2 3 4\n \"abcdefg\")", k("d[]"));
        assertEquals("30", k("(1;.((`a; 2 3 4);(`b; 10 20 30 40))) . (1; `b; 2)"));
        assertEquals("1 2", k("a:.((`b;1);(`c;2)); `a[`b`c]"));
        assertEquals("type", err("d[0]"));
    }

    @Test
    void dotIndexesAtDepth() {
        k("d:((1 2 3;4 5 6 7);(8 9;10;11 12);(13 14;15 16 17 18;19 20))");
        assertEquals("11 12", k("d . 1 2"));
        assertEquals("11", k("d . 1 2 0"));
        assertEquals("((13 14\n  15 16 17 18)\n (1 2 3\n  4 5 6 7))", k("d . (2 0;0 1)"));
        assertEquals("(1 2 3\n 8 9\n 13 14)", k("d . (;0)"));
        assertEquals("((2 1\n  5 4)\n (14 13\n  16 15\n  20 19))", k("d . (0 2;;1 0)"));
        assertEquals("1 2 3", k("1 2 3 . ()"));
        assertEquals("10", k("10 . ()"));
        assertEquals("1", k("1 2 . 0"));
        assertEquals("\"c\"", k("(5 2.14;\"abc\") . 1 2"));
    }

    @Test
    void nilAndHandlesAsData() {
        assertEquals("1", k("`a@1"));
        assertEquals("1 2 3", k("`a@1 2 3"));
        assertEquals("1 2", k("a:_n; 1 2[a][a][][a]"));
        assertEquals("", k("_n@`a"));
        // nil with several indices gives the list of them, as Kona (an elided one is nil)
        assertEquals("1 2", k("_n[1;2]"));
        assertEquals("(1.5;2)", k("x:_n; x[1.5;2]"));
        assertEquals("(;1)", k("_n[;1]"));
        assertEquals("\"ab\"", k("_n[\"a\";\"b\"]"));
        assertEquals("(1 2\n 3)", k("_n[1 2;3]"));
    }

    @Test
    void functionsAppliedByAtAndDot() {
        assertEquals("5", k("{x}@5"));
        assertEquals("6", k("{[a;b] b} . (5;6)"));
        assertEquals("6", k("{[a;b] b} . 5 6"));
        assertEquals("9", k("f:{x}; g:{y}; (f;g)[1;3;9]"));
        assertEquals("valence", err("{[a;b] b} . 5 6 7"));
    }

    @Test
    void valueAndExecute() {
        assertEquals("1 2 3", k(". \"1 2 3\""));
        assertEquals("3", k(". \"a:3\"; a"), "the global is set for the rest of the line (Kona: value error, FAILURES.md)");
        assertEquals("4", k("1+. \"b:3\""));
        assertEquals("3", k(".(\"1\";\"+\";\"2\")"), "chars written as a list make a text, as Kona");
        assertEquals("rank", err(".(1;2)"), "ints written as a list are .[1;2]");
        assertEquals("5", k(". \"a:5\"; a"));
        assertEquals("9", k("{c:{. x};c \"9\"}0"));
        assertEquals("5", k(".`a"));
        assertEquals("5", k(".`.k.a"));
        assertEquals("", k(".`nothing"));
        assertEquals("", k(".`\".k.xyz..b\""));
        assertEquals("domain", err(".`\"1\""));
        assertEquals("7", k(". \"\\\\p\""));
    }

    @Test
    void dictsFromAndToTriples() {
        k("x:.((`a;4 4);(`b;\"aa\"))");
        same("((`a;4 4;);(`b;\"aa\";))", ". x");
        assertEquals("1", k("(.((`a;1);(`b;2)))(`a)"));
        assertEquals("`d", k("(.(`a`b;`c`d))`c"));
        assertEquals(".()", k(".()"));
        assertEquals("4 4", k("y:.(. x); y`a"));
    }

    @Test
    void amendVerbs() {
        // a repeated index sees the earlier change
        assertEquals("((0 1\n  2)\n 0 3\n 0)", k("@[0 0 0;0 0 1;{[a;b] (a;b)};1 2 3]"));
        assertEquals("9 60 70 6 5 4 3 30 40 0", k("d:9 8 7 6 5 4 3 2 1 0;i:2 7 1 8 2 8; y: 50 30 60 20 70 40; @[d;i;:;y]"));
        assertEquals("(600 500\n (8 9\n  10\n  11 12)\n (300\n  200\n  19 20))",
                k("d:((1 2 3;4 5 6 7);(8 9;10;11 12);(13 14;15 16 17 18;19 20)); i: (2 0; 0 1 0); y:(100 200 300; 400 500 600);.[d;i;:;y]"));
        assertEquals("6 2", k("@[1 2;0;5 6 7]"));
        assertEquals("(0 0 0\n 0 1 1\n 0 1 1)", k(".[(0 0 0;0 0 0;0 0 0);(1 2;1 2);{[a;b]b};1]"));
        assertEquals("(`a\n 2 3\n 3)", k("@[1 2 3;0 1;:;(`a;2 3)]"));
        assertEquals("1 2", k("@[(`a;2);0;:;1]"));
        assertEquals("length", err("@[1 2 3;0 1;:;1 2 3]"));
        assertEquals("index", err("@[1 2 3;5;:;1]"));
        assertEquals("rank", err(".[5;0;:;1]"));
        // a char or float as the one index of an atom or a function: the index's type error first (Kona's order)
        assertEquals("type", err("@[5;\"a\";:;1]"));
        assertEquals("type", err("@[{x};1.5;-:]"));
        assertEquals("type", err(".[5;,\"a\";-:]"));
        assertEquals("rank", err(".[5;(0;\"a\");-:]"));
        assertEquals("rank", err("@[{x};,\"a\";-:]"));
        assertEquals("rank", err("a:5; a[\"a\"]:1"), "an indexed assignment keeps the rank error");
        // a path deeper than a simple vector: rank before the index is checked, as Kona
        assertEquals("rank", err(".[1 2;5 0;:;9]"));
        assertEquals("index", err("x:1 2; x[5;0]:9"), "an indexed assignment checks its first index first");
        assertEquals("index", err("x:1 2; x[-1 0;0]+:9"));
        assertEquals("rank", err("x:(1 2;3 4); x[0;5;0]:9"), "only the first");
        assertEquals("type", err("x:1 2; x[0;\"a\"]:9"), "then the kinds of the indices below, then the depth");
        assertEquals("type", err("x:1 2; x[0;`a]:9"));
        assertEquals("rank", err("x:1 2; x[0;0]:9"));
        // an atom item of a list or dict with one index to go: a type error in an assignment, as Kona
        assertEquals("type", err("x:(1;2.5); x[0;0]:5"));
        assertEquals("type", err("x:(1;2.5;3 4); x[2 0;0]+:5"), "after the items before it");
        assertEquals("index", err("x:(1;2.5;3 4); x[2 0;5]:5"));
        assertEquals("type", err("d:.((`a;1);(`b;2)); d[;0]:5"));
        assertEquals("rank", err("x:(1;2.5); x[0;0;0]:5"), "two indices to go: the atom's rank error");
        assertEquals("rank", err("x:({x};1); x[0;0]:5"), "a function item");
        assertEquals("rank", err("x:(1;2.5); .[x;0 0;:;5]"), "the functional form keeps the rank error");
        // a list of indices in an assignment: each one's kind, then its range, before the counts, as Kona
        assertEquals("index", err("x:(1;2;3); x[(0 7;1)]:1 2 3"));
        assertEquals("index", err("x:!3; x[(5;`a)]:1 2 3"));
        assertEquals("type", err("x:!3; x[(`a;5)]:1 2 3"));
        assertEquals("index", err("x:\"\"; x[(0;)]_:`a`b`b`b"));
        assertEquals("type", err("d:.((`a;1);(`b;2)); d[!0]:1"), "ints index no dict, even none, in an assignment");
        assertEquals("rank", err("d:.((`a;1);(`b;2)); d[0 1;0]:1"), "an int vector with indices below it: Kona's rank error");
        assertEquals("type", err("d:.((`a;1);(`b;2)); d[0;0]:1"));
        assertEquals(".((`a;1;)\n  (`b;2;))", k("d:.((`a;1);(`b;2)); @[d;!0;:;1]"));
        assertEquals("index", err(".[1 2;,5;:;9]"));
        assertEquals("rank", err(".[1 2;(!0;1);:;9]"), "an empty index too");
        assertEquals("index", err("@[_n;,0;:;1]"), "nil has no items");
        assertEquals("index", err("x:_n; x[!0]:1"));
        assertEquals("type", err("@[_n;0;:;1]"));
        assertEquals("type", err("x:!2; x[`a`b]:1 2 3"), "symbols index no vector: the type before the counts");
        assertEquals("type", err("d:.((`a;1);(`b;2)); d[(;0)]:()"), "nor ints a dict, in a list of indices");
        assertEquals("type", err("x:1 2; x[(0;`a)]:1 2 3"));
        assertEquals("int", err("@[1 2 3;\"\";:;5]"), "an empty index of another kind than int, in @ (Kona's int error)");
        assertEquals("int", err("@[1 2 3;0#`;-:]"));
        assertEquals("int", err("d:.((`a;5);(`b;2)); @[d;0#0.0;:;1]"), "of a dict too");
        assertEquals("int", err("d:.((`a;5);(`b;2)); d[\"\"]:1"), "in a dict's assignment");
        assertEquals("type", err("x:1 2 3; x[\"\"]:5"), "a list's assignment keeps the type error");
        assertEquals("int", err("x:(1 2;3 4); .[x;(0;0#0.0);:;5]"), "the last step of a path");
        assertEquals("(1 2\n 3 4)", k("x:(1 2;3 4); .[x;(0;\"\";0);:;5]"), "a step above it picks nothing");
        assertEquals("int", err("x:(1 2;3 4); .[x;(0#`;0);:;5]"), "but symbols in a list");
        assertEquals("type", err("x:1 2 3; x[\"\"]:5"), "an indexed assignment keeps the type error");
        assertEquals("index", err(".[(1 2;3 4);5 0;:;9]"), "a general list's items may be deeper: the index first");
    }

    @Test
    void amendCopiesSharedValues() {
        assertEquals("0 1 2 3", k("a:b:0 1 2 3; a[1]:9; b"));
        assertEquals("0 9 2 3", k("a"));
        assertEquals("0.1 0.2 0.3 0.4", k("a:b:.1 .2 .3 .4; a[1 2]:(.8;.9); b"));
        assertEquals("0.1 0.8 0.9 0.4", k("a"));
        assertEquals("((0 1\n  2 3)\n 2 3)", k("x:(0 1;2 3);x[0]:x;x"));
        assertEquals("3.1 4.1 5.1", k("x:(0.1 1.1 2.1;3.1 4.1 5.1); y:x; z:y[1]; y[1;1]:99.1; z"));
    }

    @Test
    void assignmentChangesUniqueValuesInPlace() {
        k("a:0 1 2 3 4 5 6 7 8 9");
        long before = global("a");
        k("a[3]:30; a[4 5]:40 50");
        assertEquals(before, global("a"), "the vector was copied");
        assertEquals("0 1 2 30 40 50 6 7 8 9", k("a"));
        k("l:(1 2;3 4)");
        long row = K.getL(global("l"), 1);
        k("l[1;0]:9");
        assertEquals(row, K.getL(global("l"), 1), "the row was copied");
        assertEquals("(1 2\n 9 4)", k("l"));
    }

    @Test
    void inPlaceAmendCopiesNothing() {
        long v = K.newVec(K.INTV, 1_000_000);
        for (long i = 0; i < 1_000_000; i++) K.setI(v, i, i);
        in.tree().set("a", Sym.intern("a"), v);
        in.pool().resetPeak();
        long before = in.pool().used();
        k("do[2000; a[17]:5; .[`a;18;:;6]]");
        assertEquals(v, global("a"), "the vector was copied");
        assertTrue(in.pool().stats().peakUsed() - before < 1 << 20, "an amend made a copy of the 8 MB vector");
        assertEquals("5 6", k("a[17 18]"));
    }

    @Test
    void typeChangesAndCollapse() {
        assertEquals("(1.5;2;3)", k("a:1 2 3; a[0]:1.5; a"));
        same("`a`b", "a:1 2 3;a[0 1]:`a`b");
        same("(`a;`b;3)", "a");
        assertEquals("1 2", k("a:(`a;2); a[0]:1; a"));
        assertEquals("(9;\"a\";\"b\";\"c\")", k("d:9 8 7; @[d;0;:;(9;\"a\";\"b\";\"c\")] 0"));
        assertEquals("(5 2.14\n (\"a\"\n  \"b\"\n  \"cxyz\"))", k(".[(5 2.14; \"abc\");1 2; {[a;b] \"cxyz\"}; \"xyz\"]"));
    }

    @Test
    void dictAmendAddsKeys() {
        assertEquals("1", k("a[`a`b`c]:1;a`c"));
        assertEquals("1 1 1", k("a[`d]:4; a[`e]:5; a[`a`b`c]"));
        assertEquals("1 1 1 4 5", k("a[`a`b`c`d`e]"));
        k("d:.((`a;1);(`b;2))");
        assertEquals("3 4", k("d[`a`b]:3 4"));
        assertEquals("(`b;\"c\")", k("d[`a]: (`b;\"c\"); d`a"));
        assertEquals("7 8", k("d[]:7 8; d[]"));
        assertEquals("type", err("d[`z;0]:5"));
        assertEquals("", k("d`z"));
    }

    @Test
    void handlesAmendGlobals() {
        assertEquals("`b", k(".[`b;();:;33]"));
        assertEquals("33", k("b"));
        assertEquals("33", k("..[`b;()]"));
        assertEquals("`a", k(".(`a;();:;22)"));
        assertEquals("22", k("a"));
        assertEquals("-12", k(".(10;();:;-12)"));
        assertEquals("3 4", k("d:.((`a;1);(`b;2)); .[`d;_n;:;3 4]; d[]"));
        assertEquals("5 6", k("@[`d;_n;:;5 6]; d[]"));
        assertEquals("2", k("d:.(); (.[`d;`a;:;])2; d`a"));
        k("x:.((`a;1);(`b;2)); y:x; f:{.[x;`a;:;11]}; f`y");
        assertEquals("1 2", k("x[]"));
        assertEquals("11 2", k("y[]"));
    }

    @Test
    void errorTraps() {
        assertEquals("(1\n \"valence\")", k("@[.:;\"{x}[1;]\";:]"));
        assertEquals("(1\n \"index\")", k("@[1 2 3;5;:]"));
        assertEquals("(1\n \"index\")", k("f:(0 1;2 3);i:(0;1 2;3); @[f;i;:]"));
        assertEquals("0 5", k("@[{x};5;:]"));
        assertEquals("(0\n 1 2)", k(".[{[a;b] b};(1;1 2);:]"));
        assertEquals("(1\n \"parse\")", k("@[.:;\"1)\";:]"));
        assertEquals("(1\n \"valence\")", k(".[{[a;b] b};1 2 3;:]"));
        assertEquals("(1\n \"rank\")", k(".[{[a;b] a[`x]};(1;2);:]"));
        assertEquals("(0\n \"2+2\")", k(".[{x};\"2+2\";:]"), "a string is one argument when f takes fewer");
        assertEquals("0 4", k(".[{. x};\"2+2\";:]"));
        assertEquals("\"ab\"", k("{x,y} . \"ab\""), "and its chars the arguments when f takes as many");
        assertEquals("(1\n \"domain\")", k("@[.:;\".`\\\"1\\\"\";:]"));
    }

    @Test
    void stringIndexEvaluatesInTheDictsDirectory() {
        assertEquals("42", k("c:2; d.c:42; d[\"c\"]"));
        assertEquals("5", k("d[\"q:5\"]; d.q"));
        assertEquals("2", k("c"));
        assertEquals("type", err("(.((`a;1);(`b;2)))[\"a\"]"));
    }

    @Test
    void trapsCatchDeepRecursion() {
        assertEquals("(1\n \"stack\")", k("f:{f x}; @[f;1;:]"));
    }

    @Test
    void amendSurvivesAFunctionThatReassignsTheVariable() {
        assertEquals("`a", k("a:1 2 3; @[`a;0;{a::5; 7}]"));
        assertEquals("7 2 3", k("a"));
        assertEquals("(8 2\n 3 4)", k("b:(1 2;3 4); .[`b;0 0;{b::0; 8}]; b"));
    }

    @Test
    void colon() {
        assertEquals("1", k("(::)[1]"));
    }

    @Test
    void errorsLeakNothing() {
        k("a:1 2 3; d:.((`a;1 2);(`b;3 4))");
        err("a[0 1 2]:1 2");
        err("a[0 5]:1 2");
        err("d[`a`c;5]:1");
        err(".[d;(`a;0 1);{[p;q] q[0]};1]");
        err("@[(1 2;3 4);0 1;{x[5]}]");
        assertEquals("1 2 3", k("a"));
    }
}

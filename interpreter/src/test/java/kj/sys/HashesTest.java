package kj.sys;

import static org.junit.jupiter.api.Assertions.*;

import kj.error.KError;
import kj.eval.WorkspaceTest;
import kj.value.K;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code _hash x} and {@code (x;_hash x)?y}: Kona's table sizes and type, a find that agrees
 * with {@code x?y} where items are of one type, exact comparison across types, and a table that
 * every other verb either takes as an atom or refuses with a K error. Each test must leave the
 * workspace's pool at its baseline (checked by {@link WorkspaceTest}).
 */
class HashesTest extends WorkspaceTest {
    @Test
    void tableSizesAreKonas() {
        // 2^(1+ceil(log2 n)) slots, 1 for no items; 256 for any char vector
        for (int n = 0; n <= 70; n++) {
            long expected = n == 0 ? 1 : 2L * Long.highestOneBit(2L * n - 1);
            assertEquals(String.valueOf(expected), k("#_hash !" + n), "slots for " + n + " items");
        }
        assertEquals("256", k("#_hash \"\""));
        assertEquals("256", k("#_hash 1000#\"abc\""));
        assertEquals("8", k("#_hash `a`b`c"));
        assertEquals("4", k("#_hash 1.5 2.5"));
        assertEquals("8", k("#_hash (1;\"a\";`b)"));
    }

    @Test
    void itIsKsTypeMinusFiveAndShowsNothing() {
        assertEquals("-5", k("4:_hash 1 2 3"));
        assertEquals("0", k("@_hash 1 2 3"));
        assertEquals("", k("_hash 1 2 3"));
        assertEquals(",", k("_hash !0"), "a table of one slot prints as a one-item vector, as Kona");
        assertEquals("\"\"", k("5:_hash 1 2"));
        assertEquals("(;;;)", k("$_hash 1 2"), "a nil per slot, as Kona");
        assertEquals("1", k("(_hash 1 2)~_hash 1 2"));
        assertEquals("0", k("(_hash 1 2)~_hash 2 1"));
        assertEquals("0", k("(_hash 1 2)~,1"));
        assertEquals("(;1)", k("(_hash 1 2;1)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "2.5", "\"a\"", "`a", ".((`a;1))", "{x}", "_n", "_hash 1 2"})
    void anAtomIsARankError(String x) {
        assertEquals("rank", err("_hash " + x));
    }

    /** For items of one type the hashed find is x?y, on every item and on values not there. */
    @ParameterizedTest
    @ValueSource(strings = {"x:1000 _draw 300; y:!320", "x:-5+1000 _draw 10; y:-6+!20", "x:0N 0I -0I 0 0N; y:0N 0I -0I 0 1",
        "x:0.5*500 _draw 100; y:0.5*!110", "x:`$'$600 _draw 200; y:`$'$!220", "x:\"hello, world\"; y:_ci !256",
        "x:(1;2;1 2;\"ab\";`c;1 2;();(1;`d));y:x,(3;2 1;\"b\";`e;,1;(1;`e))", "x:(); y:1 2", "x:!0; y:!3", "x:0#`; y:`a`b"})
    void findIsTheFirstIndex(String setup) {
        k(setup + "; h:_hash x");
        assertEquals(k("x?/:y"), k("(x;h)?/:y"));
        assertEquals(k("x?*y"), k("(x;h)?*y"));
    }

    @Test
    void itemsCompareExactlyAcrossTypes() {
        assertEquals("3", k("(1 2 3;_hash 1 2 3)?2.0"), "a float is not found among ints");
        assertEquals("2", k("(1.0 2.0;_hash 1.0 2.0)?2"), "nor an int among floats");
        assertEquals("2", k("(1.0 2.0;_hash 1.0 2.0)?1.0000000000001"), "floats of a vector by their bits");
        assertEquals("2", k("(0.0 1.0;_hash 0.0 1.0)?-0.0"));
        assertEquals("1", k("(1.0 0n;_hash 1.0 0n)?0n"));
        assertEquals("3", k("(1 2 3;_hash 1 2 3)?2 3"), "a vector is not an item of a vector");
        assertEquals("3", k("(\"aba\";_hash \"aba\")?\"ab\""));
        assertEquals("0", k("(\"aba\";_hash \"aba\")?\"a\""), "Kona answers 3 here (FAILURES.md)");
        assertEquals("1", k("x:(1;2.0); (x;_hash x)?2.0000000000001"), "floats of a list within tolerance");
        assertEquals("2", k("x:(1;2.0); (x;_hash x)?2"));
        assertEquals("1", k("x:(1;_n); (x;_hash x)?_n"));
        assertEquals("2", k("x:(1;{x}); (x;_hash x)?{x}"), "functions are never found, as Kona");
    }

    @Test
    void aTableOfAnotherListIsSafe() {
        assertEquals("2", k("(1 2;_hash 3 4)?3"));
        assertEquals("2", k("(1 2;_hash \"ab\")?1"));
        assertEquals("0", k("(\"ab\";_hash 1 2)?\"a\""), "a hashed table finds chars by probing");
        assertEquals("2", k("(\"ab\";_hash \"xyzab\")?\"b\""), "an index past x is never read");
        assertEquals("2", k("(`a`b;_hash 1 2)?`b"));
        assertEquals("3", k("(1 2;_hash 1 2;3)?1"), "only a pair is a hashed find");
        assertEquals("domain", err("(5;_hash 1 2)?1"));
    }

    /** Kona draws eight numbers for its hash constants the first time it hashes: later draws show it (Kona's figures). */
    @Test
    void hashingDrawsKonasHashConstants() {
        assertEquals("10 50 82", k("a:_hash `a`b; 3 _draw 100"));
    }

    @Test
    void withoutHashingTheDrawsAreKonasFirst() {
        assertEquals("27 78 88", k("3 _draw 100"));
    }

    /** Every primitive, on its own and beside other values, takes a table as an atom or refuses it: never a crash or a leak. */
    @Test
    void everyVerbTakesItOrRefusesIt() {
        k("h:_hash 1 2 3");
        String[] partners = {"1", "1 2 3", "2.5", "\"ab\"", "`a", "(1;`b)", "h", "(h;1)", "_n", "{x}", ".((`a;1))"};
        String[] glyphs = {"+", "-", "*", "%", "|", "&", "^", "!", "<", ">", "=", "~", "@", "?", "#", "_", ",", "$", ".", "0:", "1:", "2:", "3:", "4:", "5:", "6:"};
        for (String g : glyphs) {
            boolean io = g.endsWith(":");
            if (!io || g.equals("4:") || g.equals("5:")) run(g + "h");
            for (String p : partners) {
                if (!io) run("h" + g + p);
                if (!io || p.startsWith("(") || p.equals("1")) run(p + " " + g + "h");
            }
            for (String adverb : new String[] {"'", "/", "\\", "':", "/:", "\\:"}) {
                run(g + adverb + "h");
                if (!io) run("h" + g + adverb + "h");
            }
        }
        for (String f : SysFns.names()) {
            if (f.equals("_exit") || f.equals("_setenv") || f.equals("_getenv")) continue;
            int valence = SysFns.get(SysFns.id(f)).valence();
            if (valence == 1) run(f + " h");
            if (valence == 2) {
                run("h " + f + " h");
                run("1 2 3 " + f + " h");
                run("h " + f + " 1 2 3");
            }
        }
        run("h[0]:5");
        run("@[h;0;:;5]");
        run(".[(h;1);0;:;5]");
        run("(h;h)[0]:1");
        assertEquals("-5", k("4:h"), "h itself untouched");
    }

    private void run(String src) {
        try {
            K.cd(in.run(src));
        } catch (KError e) {
            // refused: a K error is the answer for most verbs
        } catch (RuntimeException | Error e) {
            throw new AssertionError(src + " threw " + e, e);
        }
    }
}

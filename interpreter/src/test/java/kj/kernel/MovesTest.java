package kj.kernel;

import static org.junit.jupiter.api.Assertions.*;

import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * The Moves kernels (reverse, rotate, cyclic take and fills) against the general path: indexing
 * with computed indices. Every type (ints and floats with their nulls, chars, symbols, general
 * lists, whose items must be shared and released once each), empty, one item, lengths across
 * the chunk boundary (512); the pool is back at its baseline after each test.
 */
class MovesTest extends WorkspaceTest {
    private static final int[] LENGTHS = {0, 1, 2, 511, 512, 513, 1100};

    private void same(String fast, String slow) { assertEquals(k(slow), k(fast), fast); }

    private void data(int n) {
        k("n:" + n + "; i:n#0N 0I -0I 5 -7,!n; f:n#0n 0i -0i 1.5 -2.25,0.5*!n; c:n#\"ab\\000z\\377 ~\"");
        k("s:n#`b`a``zz; l:n#(1 2;\"x\";`y;,0n;()); m:n#(!3;\"ab\")");
    }

    @Test
    void reverse() {
        for (int n : LENGTHS) {
            data(n);
            for (String v : new String[] {"i", "f", "c", "s", "l", "m"}) {
                same("|" + v, v + "@(-1+#" + v + ")-!#" + v);
                same("||" + v, v);
            }
        }
    }

    @Test
    void rotate() {
        for (int n : LENGTHS) {
            data(n);
            for (String v : new String[] {"i", "f", "c", "s", "l", "m"}) {
                for (String by : new String[] {"0", "1", "-1", "7", "-513", "100000"}) {
                    if (n == 0) same(by + "!" + v, v);
                    else same(by + "!" + v, v + "@((" + by + ")+!#" + v + ")!#" + v);
                }
            }
        }
    }

    @Test
    void everyRotationAtOnce() {
        for (int n : LENGTHS) {
            data(n);
            for (String v : new String[] {"i", "f", "c", "s", "l", "m"}) {
                for (String by : new String[] {"0 1 -1 7 -513 100000", ",3", "!0"}) {
                    same("(" + by + ")!\\:" + v, "{x!y}[;" + v + "]'" + by);
                }
            }
        }
        assertEquals("int", err("1.5 2!\\:1 2"));
        // each rotation holds the items once: released one by one, and l after them, nothing is left (the baseline check)
        k("l:(1 2;\"ab\";`c); r:(!1000)!\\:l; r:1_ r; l:0; r:0");
    }

    @Test
    void rotationsUnderACapLeakNothing() {
        k("l:200#,!10; y:500#,l"); // frees nothing that the rotations could reuse
        in.pool().trim();
        in.pool().setCap(in.pool().stats().mapped() + (256L << 10));
        assertEquals("wsfull", err("(!1000)!\\:l"));
        in.pool().setCap(0);
        assertEquals("1000", k("#(!1000)!\\:l"));
        assertEquals("1", k("(1!l)~((!1000)!\\:l)1"));
    }

    @Test
    void takeCycles() {
        for (int n : LENGTHS) {
            if (n == 0) continue;
            data(n);
            for (String v : new String[] {"i", "f", "c", "s", "l", "m"}) {
                for (int count : new int[] {0, 1, 3, 511, 1025, 2 * n + 1}) {
                    same(count + "#" + v, v + "@(!" + count + ")!#" + v);
                    same("-" + count + "#" + v, v + "@(((#" + v + ")-" + count + ")+!" + count + ")!#" + v);
                }
            }
        }
    }

    @Test
    void takeFillsAtomsAndPrototypes() {
        for (int count : new int[] {1, 5, 512, 1300}) {
            same(count + "#7", "{7}'!" + count);
            same(count + "#0n", "{0n}'!" + count);
            same(count + "#-2.5", "{-2.5}'!" + count);
            same(count + "#\"q\"", "{\"q\"}'!" + count);
            same(count + "#`z", "{`z}'!" + count);
            same(count + "#!0", "{0}'!" + count); // prototypes of empty vectors
            same(count + "#0#0.5", "{0.0}'!" + count);
            same(count + "#\"\"", "{\" \"}'!" + count);
            same(count + "#0#`", "{`}'!" + count);
        }
        assertEquals("!0", k("0#7"));
        assertEquals("(;;)", k("3#()"));
        assertEquals("2 3", k("-2#1 2 3"));
        assertEquals("(0 1 2 3\n 4 5 6 7\n 8 9 0 1)", k("3 4#!10"));
    }

    @Test
    void transposeByBlocks() {
        // sizes around the band (up to 4096 rows by 2^16 items) against indexing column by column
        int[][] shapes = {{1, 1}, {1, 5}, {5, 1}, {3, 700}, {130, 65}, {65, 130}, {500, 300}, {4097, 3}, {2, 33000}};
        for (int[] sh : shapes) {
            k("p:" + sh[0] + "; q:" + sh[1] + "; a:(p,q)#0N 0I 5,!p*q; b:(p,q)#0n 1.5,0.5*!p*q; c:(p,q)#\"ab\\000z\\377\"; s:(p,q)#`b`a`");
            for (String v : new String[] {"a", "b", "c", "s"}) same("+" + v, "{" + v + "[;x]}'!q");
        }
    }
}

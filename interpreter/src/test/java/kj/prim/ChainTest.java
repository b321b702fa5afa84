package kj.prim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import kj.error.KError;
import kj.eval.WorkspaceTest;
import kj.print.Printer;
import kj.value.K;
import org.junit.jupiter.api.Test;

/**
 * Chains of atomic verbs over names and literals run fused, in one kernel pass ({@link Chain}):
 * each random chain is checked against the same chain with every operand written as {@code ({x}a)},
 * which the parser never fuses, so the verbs run one by one. Values must print the same at full
 * precision; errors must have the same name and point at the same verb glyph. The operands are
 * ints and floats with 0N 0I -0I 0n 0i -0i, atoms, lists of vectors, and misfits (chars, a
 * symbol, a vector of another length, a deeper list) that the fused path must hand back.
 */
class ChainTest extends WorkspaceTest {
    private static final String[] DYADS = {"+", "-", "*", "%", "|", "&", "^", "<", ">", "="};
    private static final String[] MONADS = {"-", "%", "~", "_ "};
    private static final String[] NAMES = {"i", "j", "f", "g", "k", "h", "n", "l", "m", "c", "s", "o", "d"};
    private static final String[] LITERALS = {"3", "-2", "1.5", "0N", "0I", "-0i", "0n", "0"};

    private void data(int n) {
        k("N:" + n + "; i:N#(0N 0I -0I 9223372036854775806 -7 0 3 1000000007),!N; j:N#|(0N 5 -3 0 2),!N");
        k("f:N#(0n 0i -0i 1.5 -2.25 0.0 1e300),0.5*!N; g:N#|(0.0 -0i 3.5),!N; k:7; h:2.5; n:0N");
        k("l:(i;f); m:(j;g); c:N#\"abc\"; s:`x; o:(N+1)#i; d:(i;(j;f))");
    }

    private String gen(Random r, int depth) {
        int pick = r.nextInt(depth <= 0 ? 2 : 6);
        if (pick == 0) return NAMES[r.nextInt(NAMES.length)];
        if (pick == 1) return r.nextInt(4) == 0 ? LITERALS[r.nextInt(LITERALS.length)] : NAMES[r.nextInt(4)];
        if (pick == 2) return MONADS[r.nextInt(MONADS.length)] + gen(r, depth - 1);
        String left = gen(r, depth - 1);
        if (left.length() > 2 || left.startsWith("-")) left = "(" + left + ")";
        return left + DYADS[r.nextInt(DYADS.length)] + gen(r, depth - 1);
    }

    /** The same chain with every name x written ({x}x): a lambda call, never fused. */
    private static String unfused(String e) { return e.replaceAll("\\b([a-z])\\b", "({x}$1)"); }

    private String run(String src) {
        try {
            long v = in.run(src);
            try {
                return Printer.show(v, 17);
            } finally {
                K.cd(v);
            }
        } catch (KError e) {
            String at = e.where() == null || e.where().column() >= e.where().text().length() ? ""
                    : String.valueOf(e.where().text().charAt(e.where().column()));
            return e.name() + " error at " + at;
        }
    }

    @Test
    void randomChainsGiveTheVerbsOneByOneAnswer() {
        Random r = new Random(20261203);
        int fused = 0;
        for (int n : new int[] {0, 1, 3, 2047, 2048, 2600}) { // fused from 2048 items, in 512-item chunks
            data(n);
            for (int t = 0; t < 400; t++) {
                String e = gen(r, 2 + r.nextInt(3));
                String want = run(unfused(e)), got = run(e);
                assertEquals(want, got, e + " over " + n + " items");
                if (!got.contains(" error")) fused++;
            }
        }
        assertTrue(fused > 800, "only " + fused + " chains gave a value");
    }

    @Test
    void chainsOfAtomsAreComputedInRegistersAsTheVerbsWould() {
        String[] atoms = {"3", "-2", "0", "0N", "0I", "-0I", "1.5", "0n", "0i", "-0.0", "7.25"};
        Random r = new Random(5);
        for (int t = 0; t < 3000; t++) {
            String a = atoms[r.nextInt(atoms.length)], b = atoms[r.nextInt(atoms.length)], c = atoms[r.nextInt(atoms.length)];
            String m = r.nextInt(3) == 0 ? MONADS[r.nextInt(MONADS.length)] : "";
            k("x:" + a + "; y:" + b + "; z:" + c);
            String e = m + "x" + DYADS[r.nextInt(DYADS.length)] + "y" + DYADS[r.nextInt(DYADS.length)] + "z";
            assertEquals(run(unfused(e)), run(e), e + " with x y z " + a + " " + b + " " + c);
        }
    }

    @Test
    void operandsAreReadInTheWrittenOrderAndUnchanged() {
        data(2600);
        assertEquals(run("({x}j)+({x}i)*2"), run("j+i*2"));
        assertEquals(run("q+i"), run("q+i*2"), "an undefined name, as the verb left of it shows it");
        assertEquals("type error at *", run("q+i*s"), "the verb right of the undefined name fails first, as written");
        assertEquals(run("i"), run("i+0; i-0*i; i"), "operands are not written into");
        assertEquals("1 2 3", run("x:1 2 3; y:-x*-1; x"));
    }

    @Test
    void chainsOverLocalsAndCapturedNamesInLambdas() {
        data(2600);
        assertEquals(run("{({x}x)+({x}y)*({x}x)-2}[i;f]"), run("{x+y*x-2}[i;f]"));
        assertEquals(run("{a:x; {({x}a)*({x}x)+1}[y]}[j;g]"), run("{a:x; {a*x+1}[y]}[j;g]"), "a captured name");
        assertEquals(run("{({x}x)-({x}y)%3}[7;2.5]"), run("{x-y%3}[7;2.5]"), "atoms");
        // one lambda over short vectors (the node then goes verb by verb for a while), then long ones
        k("p:{x+y*x-1}");
        assertEquals(run("{x+y*x-1}[!5;1.5]"), run("p[!5;1.5]"));
        assertEquals(run("{({x}x)+({x}y)*({x}x)-1}[i;j]"), run("p[i;j]"));
        assertEquals(run("{({x}x)+({x}y)*({x}x)-1}[m;l]"), run("p[m;l]"), "lists of vectors");
    }

    @Test
    void aFullWorkspaceInAChainIsAWsfullErrorAtItsVerb() {
        k("big:!1000000");
        in.pool().setCap(in.pool().used() + (4L << 20)); // room for the operands, not for an 8 MB result
        assertEquals("wsfull error at *", run("r:big+big*big"));
        in.pool().setCap(0);
        assertEquals("0 2 6 999999000000", k("(big+big*big)[0 1 2 999999]"), "and with room again it runs");
    }

    @Test
    void aChainMakesOneVectorAndNoIntermediates() {
        k("im:!1000000; fm:0.5*im");
        for (String e : new String[] {"im+im*im-im", "fm*im+fm%2", "~im<im*2", "-_ fm*3"}) {
            in.pool().resetPeak();
            long before = in.pool().used();
            k("r:" + e);
            long added = in.pool().stats().peakUsed() - before;
            assertTrue(added < 9_000_000L, e + ": peak grew by " + added + " bytes, more than its result");
            k("r:0");
        }
        in.pool().resetPeak();
        k("m:200 4096#!819200");
        long before = in.pool().used();
        assertEquals("1", k("(m*m+m-m)~m*m"));
        long added = in.pool().stats().peakUsed() - before;
        assertTrue(added < 2 * 200 * 65536L + 100_000, "peak grew by " + added + " bytes: more than two matrices");
    }
}

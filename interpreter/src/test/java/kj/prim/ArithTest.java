package kj.prim;

import static org.junit.jupiter.api.Assertions.*;

import kj.cmd.Commands;
import kj.error.KError;
import kj.eval.Workspace;
import kj.eval.WorkspaceTest;
import kj.kernel.Reductions;
import kj.kernel.Tolerance;
import kj.print.Printer;
import kj.value.K;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The atomic verbs and math functions, evaluated as K and checked by their printed form. */
class ArithTest extends WorkspaceTest {

    /** The printed result of one line, or "<name> error". */
    private static String eval(String src) {
        Workspace in = new Workspace(Commands.standard());
        try {
            return in.within(() -> {
                try {
                    long v = in.run(src);
                    try {
                        return Printer.show(v, 7);
                    } finally {
                        K.cd(v);
                    }
                } catch (KError e) {
                    return e.name() + " error";
                }
            });
        } finally {
            in.close();
            assertEquals(0, in.bytesLeftAtClose(), "pool not back at its baseline");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1+2                        | 3
            1 2 3+4                    | 5 6 7
            10-1 2 3                   | 9 8 7
            1 2 3*4 5 6                | 4 10 18
            1.5*2 3                    | 3 4.5
            1+0.5                      | 1.5
            2 3-0.5 1                  | 1.5 2.0
            0I+1                       | 0N
            -0N                        | 0N
            -0I                        | -0I
            - 1 -2 3.5                 | -1 2 -3.5
            7%2                        | 3
            -7%2                       | -3
            5 -5 0%0                   | 0I -0I 0N
            5.0 -5 0%0                 | 0i -0i 0n
            0n 1.0%0 -0.0              | -0i 0i
            0n%/0 1.0                  | -0i
            %0n                        | 0n
            1%4.0                      | 0.25
            %0                         | 0i
            %%2                        | 2.0
            %1 2 4                     | 1 0.5 0.25
            2^3                        | 8.0
            1 2 3^2                    | 1 4 9.0
            10^1000                    | 0i
            0^0                        | 1.0
            '3|2 5'                    | 3 5
            3.0&2 5                    | 2 3.0
            0 1 1&1 0 1                | 0 0 1
            '0 1 0|0 0 1'              | 0 1 1
            '0n|1'                     | 1.0
            '1|0n'                     | 1.0
            0n&1                       | 0n
            1 2 3<2                    | 1 0 0
            1 2 3>2                    | 0 0 1
            2<1 2 3                    | 0 0 1
            1 2 3=2                    | 0 1 0
            1 1.0=1                    | 1 1
            2=1.9999999999999          | 1
            2=1.999999999999           | 0
            1<1.00000000000001         | 0
            (-0i) = -0I                | 1
            0n = 0N                    | 1
            0N+0.5                     | 0n
            0I*1.5                     | 0i
            2^0N                       | 0n
            0N -0I 1+0.5               | 0n -0i 1.5
            0n < 0i                    | 1
            0n < -0I                   | 1
            0N < -0i                   | 1
            0i>3.13                    | 1
            `a<`b                      | 1
            `b>`a`c                    | 1 0
            `a=`a`b                    | 1 0
            '"abc"="abd"'              | 1 1 0
            '"a"<"b"'                  | 1
            ~1 0 2.0 0.0               | 0 1 0 1
            ~`a`b                      | `a. `b.
            ~()                        | ()
            _1.999999999999            | 1
            _1.9999999999999           | 2
            _-1.5 2.5                  | -2 2
            _ 0i                       | 0I
            _ -0i                      | -0I
            _ 0n                       | 0N
            _ 7                        | 7
            (1;2.0)+1                  | (2;3.0)
            () + 1                     | ()
            """)
    void verbs(String src, String printed) { assertEquals(printed, eval(src)); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            _sqrt 4                          | 2.0
            _sqrt 4 9.0                      | 2 3.0
            _sqr 3                           | 9.0
            _exp 0                           | 1.0
            _log 0 1                         | -0i 0.0
            _sin 0                           | 0.0
            _cos 0.0                         | 1.0
            _abs -3                          | 3
            _abs -2.5 3                      | 2.5 3.0
            _abs 0N -0I -5                   | 0N 0I 5
            _floor 1.9999999999999           | 1.0
            _ceil 1.2                        | 2.0
            _ceiling 4.6                     | 5
            _ceiling 5.0                     | 5
            _ceiling 1.0000001               | 2
            _ceiling 0.00000000000000000001  | 1
            _ceiling 1.00000000000000000001  | 1
            _tanh 0                          | 0.0
            """)
    void mathFunctions(String src, String printed) { assertEquals(printed, eval(src)); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1 2+1 2 3           | length error
            (1;2)+(1;2;3)       | length error
            '"a"+1'             | type error
            `a+1                | type error
            '`a<"a"'            | type error
            '1="a"'             | type error
            _n+1                | type error
            '_ "a"'             | type error
            '~"a"'              | type error
            '-"a"'              | type error
            '_sin _sin (0;)'    | type error
            '_sqrt `a'          | type error
            (1;`a)+1            | type error
            (1 2;3)+(1 2 3;4)   | type error
            (,1 2)+,1 2 3       | type error
            (1 2;3)%(1 2 3;4)   | type error
            ((1 2;3);4)+((1 2 3;4);5) | type error
            (1 2;3 4)<(1 2 3;4 5) | type error
            (1 2;3)+1 2 3       | length error
            """)
    // Kona's answers, recorded: items of two general lists that fail (their lengths differ, say)
    // are a type error, as Kona's dp reports any item's failure; Kona's < and > give wsfull
    // there (FAILURES.md), where kj keeps the type error.
    void errors(String src, String printed) { assertEquals(printed, eval(src)); }

    @Test
    void nestedListsGoAllTheWayDown() {
        assertEquals(eval("(11 12;23 33)"), eval("(1 2;3)+(10;20 30)"));
        assertEquals(eval("(-1;-2.5;(-3;-4))"), eval("-(1;2.5;(3;4))"));
        assertEquals(eval("(1;2 3)"), eval("_ (1.5;2.7 3.1)"));
        assertEquals(eval("(1 0;0)"), eval("(1 2;`b)=(1 3;`c)"));
        assertEquals("(0;1)", eval("(5;1.5)<1 2")); // Kona answers (1;0), >'s answer: FAILURES.md
        assertEquals("(1;0)", eval("(5;1.5)>1 2"));
        assertEquals("(1;1)", eval("(1;2.0)<3")); // Kona (0;0) and (1 1;1), as >: FAILURES.md
        assertEquals(eval("(0 0;0)"), eval("(1 2;3)<0"));
        assertEquals("(0;0)", eval("(1;2.0)>3"));
        assertEquals("0", eval("-2.0=2.0")); // Kona answers 1 (and for -2=2.0, -2 3=2.0): FAILURES.md
        assertEquals("0 0", eval("-2 3=2.0"));
    }

    @Test
    void aGeneralListInIsAGeneralListOut() {
        // Kona's rule (its dp: "any 0-list? zero"): the items' results are not made a vector,
        // even when they are atoms of one type (Kona's answers, recorded)
        assertEquals("(1;0)", eval("(1;2.5)=1"));
        assertEquals("0", eval("4:(1;2.5)=1"));
        assertEquals("(1.0;2.5)", eval("1.0*(1;2.5)"));
        assertEquals("(-1.25;0.5;0.0)", eval("0.5&(-1.25;1;0)"));
        assertEquals("(1.0;6.25)", eval("(1;2.5)^2"));
        assertEquals("(1;2)", eval("_(1.5;2)"));
        assertEquals("(0;0)", eval("~(1;2.5)"));
        assertEquals("-2", eval("4:1.0 2.0*(1;2)")); // (1;2) is an int vector: vectors in, a vector out
    }

    @Test
    void errorsInsideListsLeakNothing() {
        assertEquals("type error", eval("(1 2;3;`a;4 5)+1"));
        assertEquals("type error", eval("(1 2;3 4)+(1 2;3 4 5)"));
        assertEquals("type error", eval("_sqrt (1 2;3;`a)"));
    }

    @Test
    void longVectorsUseTheKernels() {
        int n = 1000;
        long[] iv = new long[n];
        double[] fv = new double[n];
        for (int i = 0; i < n; i++) {
            iv[i] = i;
            fv[i] = i + 0.5;
        }
        long x = K.ints(iv), f = K.floats(fv), one = K.ki(1);
        long s = Atomic.dyad(Atomic.Op.PLUS, x, one), l = Atomic.dyad(Atomic.Op.LESS, x, s), m = Atomic.dyad(Atomic.Op.MORE, f, x), d = Atomic.dyad(Atomic.Op.MINUS, f, x);
        long g = Atomic.dyad(Atomic.Op.MAX, one, f), q = Atomic.dyad(Atomic.Op.DIVIDE, x, one);
        try {
            for (int i = 0; i < n; i++) {
                assertEquals(i + 1, K.getI(s, i));
                assertEquals(1, K.getI(l, i));
                assertEquals(1, K.getI(m, i));
                assertEquals(0.5, K.getF(d, i));
                assertEquals(Math.max(1, i + 0.5), K.getF(g, i));
                assertEquals(i, K.getI(q, i));
            }
            assertEquals(K.FLOATV, K.type(d));
            assertEquals(K.INTV, K.type(l));
        } finally {
            for (long v : new long[] {x, f, one, s, l, m, d, g, q}) K.cd(v);
        }
    }

    @Test
    void reductionKernels() {
        long x = K.ints(3, -1, 4);
        long f = K.floats(1.5, Double.NaN, -2);
        long e = K.newVec(K.INTV, 0);
        try {
            assertEquals(6, Reductions.ints(Reductions.SUM, 0, K.data(x), 3));
            assertEquals(-12, Reductions.ints(Reductions.PRODUCT, 1, K.data(x), 3));
            assertEquals(4, Reductions.ints(Reductions.MAX, K.MI, K.data(x), 3));
            assertEquals(-1, Reductions.ints(Reductions.MIN, K.PI, K.data(x), 3));
            assertEquals(-2.0, Reductions.floats(Reductions.MAX, Double.NEGATIVE_INFINITY, K.data(f), 3));
            // from the first item, as |/ does: a 0n item is passed over only when it comes first (Kona: |/1.5 0n -2 is -2.0)
            assertEquals(-2.0, Reductions.floats(Reductions.MAX, 1.5, K.data(f) + 8, 2));
            assertEquals(K.MI, Reductions.ints(Reductions.MAX, K.MI, K.data(e), 0));
            assertEquals(0, Reductions.ints(Reductions.SUM, 0, K.data(e), 0));
        } finally {
            K.cd(x);
            K.cd(f);
            K.cd(e);
        }
    }

    @Test
    void dotIsTheSumOfProducts() {
        assertEquals("32", eval("1 2 3 _dot 4 5 6"));
        assertEquals("8.5", eval("1 2 3 _dot 0.5 1 2"));
        assertEquals("length error", eval("1 2 _dot 1 2 3"));
    }

    @Test
    void modTakesTheSignOfTheDivisor() {
        assertEquals("1 2 0", eval("7 -7 0!3"));
        assertEquals("-2 -1 0", eval("7 -7 0!-3"));
        assertEquals("2 0.5 0.0", eval("7 -7 0!2.5"));
        assertEquals("654583808", eval("(12345+1103515245*1406932606)!2147483648"));
        // as Kona, a float remainder is kept only when its size is above 0: 0n and -0.0 give 0.0
        assertEquals("0 0 0 0 0 0 1.5", eval("(0n!2),(0i!2),(5.5!0i),(1.5!0n),(0n!0),(-0.0!2),1.5!0.0"));
        assertEquals("0 0 0.5", eval("0n -0i 2.5!2"));
        // ints are worked in doubles as in Kona's C: past 2^63 (0I!0, -3!0I) the result is 0N
        assertEquals("0N 0N 5 0N 0", eval("(0I -0I 5!0),(-3!0I),0I!3"));
    }

    @Test
    void tolerance() {
        assertTrue(Tolerance.equal(Double.NaN, Double.NaN));
        assertFalse(Tolerance.equal(Double.POSITIVE_INFINITY, Double.MAX_VALUE));
        assertTrue(Tolerance.less(Double.NaN, Double.NEGATIVE_INFINITY));
        assertFalse(Tolerance.less(1.0, 1.0 + 1e-15));
        assertEquals(0, Tolerance.compare(0.0, -0.0));
        assertEquals(2, Tolerance.floor(1.9999999999999));
        assertEquals(-3, Tolerance.floor(-2.5));
        assertEquals(3, Tolerance.ceiling(2.5));
        assertEquals(K.NI, Tolerance.floor(Double.NaN));
    }
}

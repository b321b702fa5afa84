package kj.api;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedding API as a Java program uses it. Every test ends with its workspaces sound (every
 * cell reached from the K-tree with the right count) and, once closed, with nothing left in use.
 */
class EmbeddingTest {
    private KWorkspace k;

    @BeforeEach
    void open() { k = KWorkspace.open(); }

    @AfterEach
    void close() {
        if (k.isClosed()) return;
        assertTrue(k.isSound(), "every cell reached from the K-tree");
        k.close();
        assertEquals(0, k.bytesLeftAtClose(), "pool bytes left when the workspace closed");
    }

    @Test
    void evaluatesAndReadsJavaData() {
        try (KValue v = k.eval("+/!10")) {
            assertEquals(KType.INT, v.type());
            assertEquals(45, v.toLong());
            assertEquals(45.0, v.toDouble());
            assertEquals("45", v.toString());
        }
        try (KValue v = k.eval("{x*x} 1 2 3")) {
            assertArrayEquals(new long[] {1, 4, 9}, v.toLongArray());
            assertEquals(3, v.count());
        }
        try (KValue v = k.eval("0.5*1 2 3")) {
            assertArrayEquals(new double[] {0.5, 1, 1.5}, v.toDoubleArray());
        }
        try (KValue v = k.eval("\"hello\"")) {
            assertEquals(KType.CHAR_VECTOR, v.type());
            assertEquals("hello", v.asString());
        }
        try (KValue v = k.eval("`abc")) {
            assertEquals("abc", v.asSymbol());
        }
        try (KValue v = k.eval("(1;\"ab\";`c;2.5 3;_n)")) {
            List<Object> items = v.toList();
            assertEquals(5, items.size());
            assertEquals(1L, items.get(0));
            assertEquals("ab", items.get(1));
            assertEquals("c", items.get(2));
            assertArrayEquals(new double[] {2.5, 3}, (double[]) items.get(3));
            assertNull(items.get(4));
        }
        try (KValue v = k.eval(".((`a;1);(`b;2.5))")) {
            assertEquals(KType.DICT, v.type());
            Map<String, Object> m = v.toMap();
            assertEquals(List.of("a", "b"), new ArrayList<>(m.keySet()));
            assertEquals(1L, m.get("a"));
            assertEquals(2.5, m.get("b"));
        }
        try (KValue v = k.eval("x:1")) {
            assertEquals(KType.INT, v.type());
        }
    }

    @Test
    void makesKValuesFromJavaData() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n", 3L);
        d.put("xs", new double[] {1, 2});
        d.put("name", "kj");
        k.set("d", d);
        k.set("v", new long[] {1, 2, 3});
        k.set("l", List.of(1L, 2L));
        k.set("m", List.of(1L, "ab"));
        k.set("s", new String[] {"a", "b"});
        try (KValue r = k.eval("(d`n;+/d`xs;d`name;+/v;4:l;4:m;s)")) {
            assertEquals("(3\n 3.0\n \"kj\"\n 6\n -1\n 0\n `a `b)", r.toString(),
                    "a list of ints from Java is an int vector, as K keeps it");
        }
        try (KValue sym = k.symbol("a"); KValue text = k.value("a")) {
            assertEquals(KType.SYMBOL, sym.type());
            assertEquals(KType.CHAR_VECTOR, text.type());
        }
        assertThrows(IllegalArgumentException.class, () -> k.value(new Object()));
        assertThrows(IllegalArgumentException.class, () -> k.value("\u20ac"), "K chars are bytes");
        assertThrows(IllegalArgumentException.class, () -> k.set("1x", 1L));
    }

    @Test
    void globalsAndCalls() {
        k.set("a", 41L);
        try (KValue f = k.eval("{x+y}"); KValue a = k.get("a"); KValue r = k.call(f, a, 1L)) {
            assertEquals(42, r.toLong());
        }
        try (KValue a = k.get("a")) {
            assertEquals(41, a.toLong());
        }
        k.set("d.x", 5L);
        try (KValue x = k.eval("d.x*2")) {
            assertEquals(10, x.toLong());
        }
        KException e = assertThrows(KException.class, () -> k.get("nothing"));
        assertEquals("value", e.name());
    }

    @Test
    void kErrorsAreOneExceptionNamedAsKNamesThem() {
        KException e = assertThrows(KException.class, () -> k.eval("1+`a"));
        assertEquals("type", e.name());
        assertEquals("type error", e.getMessage());
        KException located = assertThrows(KException.class, () -> k.eval("f:{x+y}; f[1;`a]"));
        assertEquals("f:{x+y}; f[1;`a]", located.sourceLine());
        assertEquals(4, located.column(), "the caret goes under the + that failed, as Kona shows it");
        assertEquals("type error\nf:{x+y}; f[1;`a]\n    ^", located.display());
        assertEquals("length", assertThrows(KException.class, () -> k.eval("1 2+1 2 3")).name());
        assertEquals("oops", assertThrows(KException.class, () -> k.eval("'`oops")).name());
        assertEquals("parse", assertThrows(KException.class, () -> k.eval("(1")).name());
        try (KValue v = k.eval("1+1")) {
            assertEquals(2, v.toLong(), "the workspace goes on after an error");
        }
    }

    @Test
    void aValueIsReadOnlyWhileOpenAndClosesOnce() {
        KValue v = k.eval("!3");
        assertThrows(IllegalStateException.class, v::toDouble, "an int vector is not a float");
        v.close();
        v.close();
        assertThrows(IllegalStateException.class, v::toLongArray);
        assertEquals("<closed K value>", v.toString());
    }

    @Test
    void valuesLeftOpenAreFreedWithTheWorkspace() {
        KValue v = k.eval("!100000");
        assertTrue(k.isSound(v), "the open value is a root of its own");
        assertFalse(k.isSound(), "without it, its cell is reached from nowhere");
        k.close();
        assertTrue(k.bytesLeftAtClose() >= 800_000, "the vector was still in use at close");
        assertThrows(IllegalStateException.class, v::toLongArray);
        v.close();
        assertThrows(IllegalStateException.class, () -> k.eval("1"));
    }

    @Test
    void theCapIsTheWorkspacesOwn() {
        try (KWorkspace small = KWorkspace.open(4L << 20)) {
            assertEquals("wsfull", assertThrows(KException.class, () -> small.eval("!1000000")).name());
            try (KValue v = small.eval("+/!1000")) {
                assertEquals(499500, v.toLong());
            }
            try (KValue v = k.eval("+/0+!1000000")) { // makes its 8 MB (+/!n alone needs no list)
                assertEquals(499999500000L, v.toLong(), "another workspace is not capped");
            }
            assertTrue(small.isSound());
        }
    }

    @Test
    void aValueMovesBetweenWorkspacesAsACopy() {
        try (KWorkspace other = KWorkspace.open()) {
            try (KValue v = other.eval("(1 2 3;`a`b;.((`k;\"text\");(`j;2.5)))")) {
                k.set("x", v);
            }
            try (KValue theirs = other.eval("x:(1 2 3;`a`b); x")) {
                k.set("y", theirs);
                k.eval("y[0;0]:-1").close();
                assertEquals("(1 2 3\n `a `b)", theirs.toString(), "the copy changes, not the original");
                try (KValue still = other.eval("x")) {
                    assertEquals("(1 2 3\n `a `b)", still.toString());
                }
            }
            try (KValue mine = k.eval("x[0;0]:99; x")) {
                // as Kona prints the same value
                assertEquals("(99 2 3\n `a `b\n .((`k\n    \"text\"\n    )\n   (`j;2.5;)))", mine.toString());
            }
            try (KValue f = other.eval("{x+1}")) {
                assertThrows(IllegalArgumentException.class, () -> k.set("f", f), "a function cannot move");
                assertThrows(IllegalArgumentException.class, () -> k.call(f, 1L));
            }
            assertTrue(other.isSound());
            assertTrue(k.isSound());
            KValue kept = other.eval("1 2");
            other.close();
            assertThrows(IllegalStateException.class, () -> k.set("y", kept));
            assertEquals(64, other.bytesLeftAtClose(), "only the 64-byte cell of 1 2 was left open");
        }
    }

    /**
     * Two workspaces on two threads at once, each with its own pool and cap: each defines the
     * same names with its own values, runs its own loops and allocations, and sees only its own;
     * the capped one fails with wsfull while the other goes on; both end sound and leak nothing.
     */
    @Test
    void twoWorkspacesOnTwoThreadsShareNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            Future<String> a = pool.submit(() -> worker("a", 1, 8L << 20, together));
            Future<String> b = pool.submit(() -> worker("b", 2, 0, together));
            assertEquals("ok", a.get(120, TimeUnit.SECONDS));
            assertEquals("ok", b.get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String worker(String me, long seed, long cap, CyclicBarrier together) throws Exception {
        KWorkspace w = KWorkspace.open(cap);
        try {
            w.set("me", me);
            w.set("n", seed);
            w.eval(me + "only:1").close();
            together.await(30, TimeUnit.SECONDS);
            for (int round = 0; round < 200; round++) {
                w.set("v", new long[] {seed, round});
                try (KValue r = w.eval("n:n+1; f:{x*y}; +/f[v;!2],#,/$!200")) {
                    assertEquals(round + 490, r.toLong(), me + " round " + round);
                }
                try (KValue r = w.eval("me")) {
                    assertEquals(me, r.asString(), "a workspace sees only its own globals");
                }
            }
            String other = me.equals("a") ? "bonly" : "aonly";
            assertEquals("value", assertThrows(KException.class, () -> w.eval(other)).name());
            try (KValue n = w.get("n")) {
                assertEquals(seed + 200, n.toLong());
            }
            if (cap > 0) {
                assertEquals(cap, w.cap());
                assertEquals("wsfull", assertThrows(KException.class, () -> w.eval("!2000000")).name());
            } else {
                try (KValue r = w.eval("#!2000000")) {
                    assertEquals(2_000_000, r.toLong(), "the uncapped workspace is not limited by the other's cap");
                }
            }
            together.await(30, TimeUnit.SECONDS);
            assertTrue(w.isSound(), me + " is sound");
        } finally {
            w.close();
        }
        assertEquals(0, w.bytesLeftAtClose(), me + " leaked");
        return "ok";
    }

    @Test
    void anotherThreadInterruptsAnEndlessLoop() throws Exception {
        k.set("n", 0L);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            k.interrupt();
        });
        stopper.start();
        assertEquals("interrupt", assertThrows(KException.class, () -> k.eval("while[1;n+:1]")).name());
        stopper.join();
        try (KValue n = k.eval("n>0")) {
            assertEquals(1, n.toLong(), "the loop ran until it was stopped, and the workspace goes on");
        }
    }

    @Test
    void aLambdaCalledFromJavaHoldsNoLiteralAfterTheCall() {
        try (KWorkspace k = KWorkspace.open(64L << 20)) {
            k.eval("f:{x,1 2 3,\"ab\"~\"ab\"}").close();
            try (KValue f = k.get("f")) {
                long before = k.bytesInUse();
                try (KValue r = k.call(f, 5L)) {
                    assertEquals("5 1 2 3 1", r.toString());
                }
                assertEquals(before, k.bytesInUse(), "the literals the call made are released with it");
                assertTrue(k.isSound(f));
            }
        }
    }

    /** The example of the README's "Embedding kj in Java", with its comments as assertions. */
    @Test
    void theReadmeExampleDoesWhatItSays() {
        try (KWorkspace k = KWorkspace.open(64L << 20)) {
            k.set("prices", new double[] {1.5, 2.5, 4.0});
            k.eval("avg:{(+/x)%#x}").close();
            try (KValue a = k.eval("avg prices")) {
                assertEquals(8.0 / 3, a.toDouble());
            }
            try (KValue f = k.get("avg"); KValue r = k.call(f, new long[] {1, 2, 3})) {
                assertEquals("2", r.toString());
            }
            try (KValue d = k.eval(".((`a;1);(`b;\"text\"))")) {
                assertEquals("{a=1, b=text}", d.toMap().toString());
            }
            assertEquals("type", assertThrows(KException.class, () -> k.eval("1+`a")).name());
            assertTrue(k.isSound());
            k.close();
            assertEquals(0, k.bytesLeftAtClose());
        }
    }

    @Test
    void aWorkspaceInUseRefusesASecondThread() throws Exception {
        CyclicBarrier inside = new CyclicBarrier(2);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // while this thread is inside the workspace, another may not enter
            Future<Throwable> other = pool.submit(() -> {
                inside.await(10, TimeUnit.SECONDS);
                try {
                    k.eval("1").close();
                    return null;
                } catch (IllegalStateException e) {
                    return e;
                } finally {
                    inside.await(10, TimeUnit.SECONDS);
                }
            });
            k.within(() -> {
                try {
                    inside.await(10, TimeUnit.SECONDS);
                    inside.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return null;
            });
            Throwable refused = other.get(10, TimeUnit.SECONDS);
            assertNotNull(refused, "a second thread entering a busy workspace is refused");
            assertTrue(refused.getMessage().contains("in use"), refused.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}

package kj.adverb;

import static org.junit.jupiter.api.Assertions.*;

import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * x f/: y and x f\: y of an atomic verb with an atom on the other side run as one x f y; each
 * is checked against the same verb in a lambda (the general path, one call per item), for
 * every atomic verb, ints, floats, chars, symbols, general lists, one item and empty.
 */
class EachSideAtomicTest extends WorkspaceTest {
    private void same(String fast, String slow) { assertEquals(k(slow), k(fast), fast); }

    @Test
    void atomAgainstEachItem() {
        k("i:3 -1 0N 7; f:1.5 0n -0i 2.0; l:(1 2;3;0.5 1); o:,4; e:!0");
        for (String op : new String[] {"+", "-", "*", "%", "|", "&", "^", "<", ">", "="}) {
            String g = "{x" + op + "y}";
            for (String v : new String[] {"i", "f", "l", "o", "e"}) {
                same("2" + op + "/:" + v, "2" + g + "/:" + v);
                same("2.5" + op + "/:" + v, "2.5" + g + "/:" + v);
                same(v + op + "\\:2", v + g + "\\:2");
                same(v + op + "\\:-1.5", v + g + "\\:-1.5");
            }
            same("i" + op + "/:\\:f", "i" + g + "/:\\:f");
        }
        for (String op : new String[] {"<", ">", "="}) {
            String g = "{x" + op + "y}";
            same("\"b\"" + op + "/:\"abc\"", "\"b\"" + g + "/:\"abc\"");
            same("`b" + op + "/:`a`b`c", "`b" + g + "/:`a`b`c");
        }
        assertEquals("type", err("1+/:`a`b"));
        assertEquals("type", err("`a`b+\\:1"));
    }
}

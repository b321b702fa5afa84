package kj.adverb;

import static org.junit.jupiter.api.Assertions.*;

import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * f/'y of a fold verb over a list of int rows or of float rows folds each row into one vector
 * (Reduce.eachOver); each case is checked against the same fold in a lambda, one call per row
 * (the general path): rows of 0 to 600 items (across the short rows read one by one and the
 * chunk), 0N, 0I, -0I, 0n, 0i, wrapping sums, and lists of mixed rows, which keep the general path.
 */
class EachOverTest extends WorkspaceTest {
    private void same(String fast, String slow) { assertEquals(k(slow), k(fast), fast); }

    @Test
    void eachRowFoldedAgainstALambdaPerRow() {
        k("li:{(x*7)#3 -1 0N 7 0I -0I 9223372036854775807 5}'!12; li,:,600#2 -3");
        k("lf:{(x*5)#1.5 0n -0i 2.0 0i -2.5}'!12; lf,:,600#0.5 -1.25");
        k("mixed:(1 2;3.5 4); odd:(1 2;3); nested:((1 2;3 4);(5 6;7 8)); chars:(\"ab\";\"c\")");
        for (String op : new String[] {"+", "*", "|", "&"}) {
            for (String v : new String[] {"li", "lf", "mixed", "odd", "nested", "1#li", "1#lf"}) {
                same(op + "/'" + v, "{" + op + "/x}'" + v);
            }
            assertEquals("type", err(op + "/'chars"), op + " over chars");
        }
        assertEquals("3 7 0", k("+/'(1 2;3 4;!0)"));
        assertEquals("3.5 7 0.0", k("+/'(1.5 2;3 4.0;0#0.0)"));
    }
}

package kj.value;

import static org.junit.jupiter.api.Assertions.*;

import kj.error.KError;
import org.junit.jupiter.api.Test;

/** The symbol table's bound on the characters of names it holds (the names are never freed). */
class SymbolsTest {
    @Test
    void aNameBeyondTheBoundIsAWsfullAndTheTableGoesOn() {
        Symbols s = new Symbols(10);
        int abc = s.intern("abc");
        int defg = s.intern("defg");
        assertEquals(abc, s.intern("abc"), "a known name costs nothing");
        assertThrows(KError.WsFull.class, () -> s.intern("hijk")); // 3 + 4 + 4 > 10
        assertEquals(3, s.count(), "nothing added by the refusal");
        assertEquals(defg, s.intern("defg"));
        assertEquals(3, s.intern("xyz"), "what still fits is interned");
        assertThrows(KError.WsFull.class, () -> s.intern("q"));
        assertEquals("xyz", s.name(3));
    }
}

package kj.sys;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * _bd, _db and K files in Kona's formats. The byte strings are Kona's answers, recorded (`_ic _bd x`
 * in Kona, and files it wrote with 1:); runs of zeros are written as "0*n".
 */
class BinTest extends WorkspaceTest {
    @TempDir
    Path dir;

    /** "1 0*7 16" as the ints 1 0 0 0 0 0 0 0 16, space-separated, as _ic prints them. */
    private static String expand(String bytes) {
        return Arrays.stream(bytes.trim().split(" +"))
                .map(w -> w.contains("*") ? String.join(" ", java.util.Collections.nCopies(Integer.parseInt(w.split("\\*")[1]), w.split("\\*")[0])) : w)
                .collect(Collectors.joining(" "));
    }

    private static final String MINUS1 = "255 255*7", MINUS3 = "253 255*7";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            1                   | 1 0*7 16 0*7 1 0*7 1 0*7
            1.5                 | 1 0*7 16 0*7 2 0*7 0*6 248 63
            '"a"'               | 1 0*7 16 0*7 3 0*7 97 0*7
            `a                  | 1 0*7 16 0*7 4 0*7 97 0*7
            `abcdefghij         | 1 0*7 19 0*7 4 0*7 97 98 99 100 101 102 103 104 105 106 0
            _n                  | 1 0*7 16 0*7 6 0*7 0*8
            !0                  | 1 0*7 16 0*7 255 255*7 0*8
            1 2                 | 1 0*7 32 0*7 255 255*7 2 0*7 1 0*7 2 0*7
            '""'                | 1 0*7 24 0*7 253 255*7 0*8 0*8
            '"abcdefgh"'        | 1 0*7 32 0*7 253 255*7 8 0*7 97 98 99 100 101 102 103 104 0*8
            `a`bc               | 1 0*7 24 0*7 252 255*7 2 0*7 97 0 98 99 0*4
            ()                  | 1 0*7 16 0*7 0*8 0*8
            '(1;"a")'           | 1 0*7 48 0*7 0*8 2 0*7 1 0*7 1 0*7 3 0*7 97 0*7
            '.()'               | 1 0*7 16 0*7 5 0*7 0*8
            """)
    void bdGivesKonasBytes(String x, String bytes) {
        assertEquals(expand(bytes), k("_ic _bd " + x));
        assertEquals("1", k("a~_db _bd a:" + x));
    }

    @Test
    void aDictIsItsEntriesAsTriples() {
        // Kona: type 5, the count, then each entry as the list (name;value;nil)
        String entryA = "0*8 3 0*7 4 0*7 97 0*7 1 0*7 1 0*7 6 0*7 0*8";
        String entryB = "0*8 3 0*7 4 0*7 98 0*7 253 255*7 2 0*7 120 121 0*6 6 0*7 0*8";
        assertEquals(expand("1 0*7 152 0*7 5 0*7 2 0*7 " + entryA + " " + entryB), k("_ic _bd .((`a;1);(`b;\"xy\"))"));
    }

    @Test
    void dbChecksTheStringAndItsLength() {
        assertEquals("type", err("_db 1"));
        assertEquals("length", err("_db \"abc\""));
        assertEquals("length", err("_db 16#\"\\001\""), "the header's length must be the rest's");
        assertEquals("nonce", err("_db (_ci 1 0 0 0 0 0 0 0 8 0 0 0 0 0 0 0),8#_ci 255"), "a type Kona has not");
        assertEquals("nonce", err("_bd {x}"));
    }

    @Test
    void aBigEndianMessageReads() {
        byte[] b = new byte[32];
        ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN).putLong(8, 16).putLong(16, 1).putLong(24, 258);
        String codes = Arrays.toString(b).replaceAll("[\\[\\],]", "");
        assertEquals("258", k("_db _ci " + codes.replace("-", "256-")));
    }

    /** A file's bytes as _ic would print them. */
    private String bytesOf(String name) throws Exception {
        byte[] b = Files.readAllBytes(dir.resolve(name));
        StringBuilder s = new StringBuilder();
        for (byte x : b) s.append(s.isEmpty() ? "" : " ").append(x & 0xFF);
        return s.toString();
    }

    private String q(String name) { return "\"" + dir.resolve(name) + "\""; }

    @Test
    void filesAreKonasFiles() throws Exception {
        k(q("a") + " 1: (1;\"a\")");
        // every object, items too, starts with -3 and 1 (Kona's file, recorded)
        String item1 = MINUS3 + " 1 0*7 1 0*7 1 0*7", itemA = MINUS3 + " 1 0*7 3 0*7 97 0*7";
        assertEquals(expand(MINUS3 + " 1 0*7 0*8 2 0*7 " + item1 + " " + itemA), bytesOf("a.K"));
        k(q("v") + " 1: 1 2");
        assertEquals(expand(MINUS3 + " 1 0*7 " + MINUS1 + " 2 0*7 1 0*7 2 0*7"), bytesOf("v.K"));
        assertEquals("1", k(q("m") + " 1: m:(1 2;\"abc\";`x`y;1.5;.((`a;1);(`b;2))); m~1: " + q("m")));
    }

    @Test
    void aLongNameInsideAListIsPaddedSoItReadsBack() throws Exception {
        // Kona writes it unpadded and then cannot read the items after it (a nonce error); Kona reads this file
        assertEquals("1", k("a~_db _bd a:(`abcdefghij;1;`x)"));
        k(q("s") + " 1: (`abcdefghij;1)");
        assertEquals(expand(MINUS3 + " 1 0*7 0*8 2 0*7 " + MINUS3 + " 1 0*7 4 0*7 97 98 99 100 101 102 103 104 105 106 0*6 "
                + MINUS3 + " 1 0*7 1 0*7 1 0*7"), bytesOf("s.K"));
        assertEquals("(`abcdefghij;1)", k("1: " + q("s")).replace("\n ", ";"));
    }

    @Test
    void kjsEarlierFilesStillRead() throws Exception {
        // "KJ" 1 0, the payload's length, then type 1 and the int (kj's format before Kona's)
        ByteBuffer b = ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'K', 'J', 1, 0}).putLong(9).put((byte) 1).putLong(42);
        Files.write(dir.resolve("old.K"), b.array());
        assertEquals("42", k("1: " + q("old")));
    }
}

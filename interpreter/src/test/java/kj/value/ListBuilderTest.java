package kj.value;

import static kj.value.K.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kj.error.KError;
import kj.eval.WorkspaceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one list builder (issue 9, item 2): a list abandoned half-way releases exactly what it
 * holds, and the verbs that fill lists item by item use it, so a full workspace half-way
 * through neither crashes the JVM (a release of an unset slot was a SIGSEGV) nor leaks (issue 13,
 * items 1 and 2). Every case ends with the pool back at its baseline (WorkspaceTest).
 */
class ListBuilderTest extends WorkspaceTest {
    @TempDir
    Path dir;

    @AfterEach
    void noCap() { in.pool().setCap(0); }

    /** A cap that leaves about {@code room} bytes above what the pool holds now. */
    private void capAbove(long room) {
        in.pool().trim();
        in.pool().setCap(in.pool().stats().mapped() + room);
    }

    @Test
    void aHalfFilledListReleasesWhatItHolds() {
        long before = in.pool().used();
        try (ListBuilder b = new ListBuilder(5)) {
            b.add(ki(1));
            b.add(chars("ab"));
            assertEquals(2, b.size());
        }
        assertEquals(before, in.pool().used());
    }

    @Test
    void mapReleasesTheItemsMadeWhenOneFails() {
        long before = in.pool().used();
        assertThrows(KError.class, () -> ListBuilder.map(10, i -> {
            if (i == 6) throw KError.type();
            return chars("item");
        }));
        assertThrows(StackOverflowError.class, () -> ListBuilder.map(3, i -> {
            if (i == 2) throw new StackOverflowError();
            return ki(i);
        }));
        assertEquals(before, in.pool().used());
    }

    @Test
    void aBuiltListHasEveryItemAndItsCount() {
        long z = ListBuilder.map(3, i -> ki(10 * i));
        try {
            assertEquals(LIST, type(z));
            assertEquals(3, n(z));
            assertEquals(20, iv(getL(z, 2)));
        } finally {
            cd(z);
        }
        ListBuilder b = new ListBuilder(2);
        b.add(ki(1));
        b.add(ki(2));
        long v = b.collapsed();
        try {
            assertEquals(INTV, type(v));
        } finally {
            cd(v);
        }
    }

    @Test
    void fillReleasesTheCellWhenTheFillerFails() {
        long before = in.pool().used();
        assertThrows(KError.class, () -> ListBuilder.fill(newVec(INTV, 100), z -> { throw KError.length(); }));
        assertEquals(before, in.pool().used());
    }

    @Test
    void aDictBuilderReleasesItsEntries() {
        long before = in.pool().used();
        try (ListBuilder b = ListBuilder.dict(4)) {
            b.addEntry(Sym.intern("a"), chars("x"), 0);
        }
        assertEquals(before, in.pool().used());
    }

    @Test
    void releasingAddressZeroIsANoOp() {
        long before = in.pool().used();
        cd(0);
        assertEquals(before, in.pool().used());
    }

    @Test
    void readingFieldsIntoAListColumnUnderACapIsAWsfullError() throws IOException {
        // issue 13 item 1: printf 'x:(,"C";",") 0: "rows.csv"' | ./k -w 4 was a SIGSEGV
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "abcdefgh\n".repeat(200_000));
        capAbove(4L << 20);
        assertEquals("wsfull", err("x:(,\"C\";\",\") 0: \"" + rows + "\""));
        in.pool().setCap(0);
        assertEquals("200000", k("#*(,\"C\";\",\") 0: \"" + rows + "\""));
    }

    @Test
    void readingBinaryColumnsUnderACapLeaksNothing() throws IOException {
        // issue 13 item 2: ("jj";8 8) 1: f failed on the second column and never released the first
        Path z = dir.resolve("z.bin");
        Files.write(z, new byte[8 << 20]);
        capAbove(12L << 20);
        assertEquals("wsfull", err("x:(\"jj\";8 8) 1: \"" + z + "\""));
        in.pool().setCap(0);
        assertEquals("524288 524288", k("#:'(\"jj\";8 8) 1: \"" + z + "\""));
    }

    @Test
    void readingLinesUnderACapLeaksNothing() throws IOException {
        Path f = dir.resolve("lines.txt");
        Files.writeString(f, "abc\n".repeat(100_000));
        capAbove(2L << 20);
        assertEquals("wsfull", err("x:0: \"" + f + "\""));
    }

    @Test
    void aMatrixProductUnderACapLeaksNothing() {
        k("b:300 1000#2");
        capAbove(1L << 20); // room for about 128 of the 300 answer rows
        assertEquals("wsfull", err("x:+/'(300 300#1)*\\:b"));
        in.pool().setCap(0);
        assertEquals("300 1000 600", k("r:+/'(300 300#1)*\\:b; (#r;#*r;**r)"));
    }

    @Test
    void dictEntriesAndADictPrintedAsAListUnderACapLeakNothing() {
        k("d:.+(`$\"k\",/:$!100000;!100000)");
        k("y:(. d;. d)"); // fills the free cells the making of d left, so the next entries need new memory
        capAbove(1L << 20);
        assertEquals("wsfull", err("x:. d"));
        assertEquals("wsfull", err("x:5: d"));
        in.pool().setCap(0);
        assertEquals("100000", k("#. d"));
    }
}

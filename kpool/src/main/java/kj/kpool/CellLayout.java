package kj.kpool;

/**
 * The layout of every cell, written down once. Glossary:
 * <ul>
 * <li><b>cell</b>: one block handed out by the pool; a 16-byte header, then the payload;</li>
 * <li><b>lane</b>: the free list and chunks of one power-of-two cell size, 2^6 .. 2^25 bytes;</li>
 * <li><b>large cell</b>: a cell above 2^25 bytes with a mapping of its own: anonymous memory, or
 *     (when file backing is on, above its threshold) a temp file with no name;</li>
 * <li><b>mapped file</b>: a cell whose payload is a file mapped into memory, written back never;
 *     it is never unique (an update copies it), and its mapping goes when its count reaches 0;</li>
 * <li><b>reserve</b>: memory mapped and touched at start-up, from which lanes take chunks first;</li>
 * <li><b>ci/cd</b>: increment/decrement a cell's reference count (cd at zero frees it);</li>
 * <li><b>workspace</b>: all cells in use.</li>
 * </ul>
 * <pre>
 *  byte 0        4      5       6           8                      16
 *       +--------+------+-------+-----------+----------------------+-----------
 *       | refs   | lane | flags | kind      | count                | payload ...
 *       | int32  | u8   | u8    | int16     | int64                |
 *       +--------+------+-------+-----------+----------------------+-----------
 *        \________ pool's part ___/ \_______ owner's part ________/
 * </pre>
 * A mapped-file cell's header is written over the 16 file bytes before its payload, in the
 * process's private copy of that page (the file is not changed); it need not be 8-byte aligned,
 * which is why every access uses the unaligned layouts.
 * While a cell is free its first word (bytes 0..7) holds the address of the next free cell
 * of its lane, 0 at the end of the list. The owner (the interpreter) gives meaning to
 * {@code kind} and {@code count}; the pool only stores them.
 */
public final class CellLayout {
    public static final long REFS = 0;
    public static final long LANE = 4;
    public static final long FLAGS = 5;
    public static final long KIND = 6;
    public static final long COUNT = 8;
    public static final long HEADER = 16;

    /** Flag bit: the cell has a release hook registered with the pool. */
    public static final int FLAG_HOOK = 1;
    /** Flag bit: the cell is a large cell with its own mapping. */
    public static final int FLAG_LARGE = 2;
    /** Flag bit (with {@link #FLAG_LARGE}): the large cell's mapping is a temp file's. */
    public static final int FLAG_FILE = 4;
    /** Flag bit: the cell lies in a file mapped into memory; never unique, so never updated in place. */
    public static final int FLAG_MAPPED = 8;

    public static final int MIN_LANE = 6;
    public static final int MAX_LANE = 25;
    /** The lane byte of a cell outside the lanes: large cells and mapped files (the flags tell which). */
    public static final int LARGE_LANE = 0xFF;

    private CellLayout() {}

    public static int refs(long cell) { return Mem.getInt(cell + REFS); }

    /** The count and the mapped-file bit of a header's first word. */
    private static final long UNIQUE_MASK = 0xFFFF_FFFFL | (long) FLAG_MAPPED << 40;

    /**
     * True when the cell has one reference and is not a mapped file, so its owner may update it in
     * place (a mapped file is copied on write). One read of the first header word.
     */
    public static boolean isUnique(long cell) { return (Mem.getLong(cell) & UNIQUE_MASK) == 1; }
    /**
     * The first header word (refs, lane, flags, kind) in one read, for a caller that wants
     * several of them: decode it with {@link #uniqueOf}, {@link #laneOf} and {@link #kindOf}.
     */
    public static long head(long cell) { return Mem.getLong(cell); }
    /** {@link #isUnique(long)} of a first word read by {@link #head}. */
    public static boolean uniqueOf(long head) { return (head & UNIQUE_MASK) == 1; }
    public static int laneOf(long head) { return (int) (head >>> 32) & 0xFF; }
    public static int kindOf(long head) { return (short) (head >>> 48); }
    public static int lane(long cell) { return Mem.getByte(cell + LANE) & 0xFF; }
    public static int flags(long cell) { return Mem.getByte(cell + FLAGS) & 0xFF; }
    public static int kind(long cell) { return Mem.getShort(cell + KIND); }
    public static long count(long cell) { return Mem.getLong(cell + COUNT); }
    public static void setKind(long cell, int kind) { Mem.putShort(cell + KIND, (short) kind); }
    public static void setCount(long cell, long count) { Mem.putLong(cell + COUNT, count); }
    public static long payload(long cell) { return cell + HEADER; }

    /** The first header word for a fresh cell: one reference, the lane, flags, the kind. */
    static long firstWord(int lane, int flags, int kind) {
        return 1L | ((long) lane << 32) | ((long) flags << 40) | ((long) (kind & 0xFFFF) << 48);
    }

    /** The smallest lane whose cells hold {@code totalBytes} (header included). */
    public static int laneFor(long totalBytes) {
        int lane = 64 - Long.numberOfLeadingZeros(totalBytes - 1);
        return Math.max(lane, MIN_LANE);
    }
}

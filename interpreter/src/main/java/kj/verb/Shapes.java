package kj.verb;

/**
 * Structural verbs: shape, order, selection, joining. Each family lives in its own small class
 * (Take, Drop, Join, Flip, Shape, Grade, Group, Find, Rotate, Enumerate, Items); this is the
 * table the verb classes call.
 */
public final class Shapes {
    private Shapes() {}

    public static long flip(long x) { return Flip.flip(x); }

    public static long first(long x) { return Items.first(x); }

    public static long reverse(long x) { return Items.reverse(x); }

    public static long where(long x) { return Items.where(x); }

    public static long shape(long x) { return Shape.shape(x); }

    public static long enumerate(long x) { return Enumerate.enumerate(x); }

    public static long gradeUp(long x) { return Grade.grade(x, false); }

    public static long gradeDown(long x) { return Grade.grade(x, true); }

    public static long group(long x) {
        hashes(x);
        return Group.group(x);
    }

    public static long unique(long x) {
        hashes(x);
        return Group.unique(x);
    }

    /** Kona hashes ints, floats and lists to group them, first drawing its hash constants. */
    private static void hashes(long x) {
        int t = kj.value.K.type(x);
        if (t == kj.value.K.INTV || t == kj.value.K.FLOATV || t == kj.value.K.LIST) kj.eval.Interp.current().random.hashConstants();
    }

    public static long enlist(long x) { return Items.enlist(x); }

    public static long count(long x) { return Items.count(x); }

    public static long atom(long x) { return Items.atom(x); }

    /** x!y: rotate, modulo, or (symbols ! list) make a dict. */
    public static long rotate(long x, long y) { return Rotate.rotateMod(x, y); }

    /** x?y: find; n?y random draws; f?y inverse of f. */
    public static long find(long x, long y) { return Find.query(x, y); }

    /** ?[f;y;x0]: inverse of f at y, starting near x0. */
    public static long inverse(long f, long y, long start) { return Find.inverse(f, y, start); }

    /** x?/:y in one pass: the index in x of each item of y (hashed for int, symbol, char). */
    public static long findEach(long x, long y) { return Find.each(x, y); }

    public static long drop(long x, long y) { return Drop.drop(x, y); }

    public static long join(long x, long y) { return Join.join(x, y); }

    public static long take(long x, long y) { return Take.take(x, y); }
}

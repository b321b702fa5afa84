package kj.api;

/** The kind of a K value, as K3 types it (Kona's numbers in {@link #code}). */
public enum KType {
    LIST(0), INT(1), FLOAT(2), CHAR(3), SYMBOL(4), DICT(5), NIL(6), FUNCTION(7),
    INT_VECTOR(-1), FLOAT_VECTOR(-2), CHAR_VECTOR(-3), SYMBOL_VECTOR(-4),
    /** A hash table made by {@code _hash}, for {@code (x;h)?y}. */
    HASH_TABLE(-5);

    /** K's type number: 4: x gives it. */
    public final int code;

    KType(int code) { this.code = code; }

    static KType of(int code) {
        for (KType t : values()) if (t.code == code) return t;
        throw new IllegalStateException("no K type " + code);
    }
}

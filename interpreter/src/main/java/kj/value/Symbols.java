package kj.value;

import java.util.Arrays;
import java.util.HashMap;
import kj.error.KError;

/**
 * One workspace's symbol table: symbols are interned once and never freed, as in Kona; a
 * symbol value stores only its id. The empty symbol is id 0. A workspace is used by one thread
 * at a time, so the table takes no lock. {@link Sym} reaches the table of the workspace
 * evaluating on the calling thread.
 *
 * <p>The names live on the Java heap, and since they are never freed, the table holds at most
 * {@link #MAX_CHARS} characters of them (a quarter of the heap): past that, a new name is a
 * {@code wsfull error} while the heap still has room for the session to go on. A loop that makes
 * a longer name at every step, {@code ~:/`c} (`c. `c.. ...), ran the heap out in 7 s, and every
 * later evaluation that needed the heap was a wsfull too.
 */
public final class Symbols {
    static final long MAX_CHARS = Runtime.getRuntime().maxMemory() / 4;
    private final HashMap<String, Integer> ids = new HashMap<>();
    private String[] names = new String[64];
    private int count;
    private long chars;
    private final long maxChars;

    public Symbols() { this(MAX_CHARS); }

    /** A table that holds at most maxChars characters of names (tests give a small one). */
    Symbols(long maxChars) {
        this.maxChars = maxChars;
        intern("");
    }

    public int intern(String name) {
        Integer id = ids.get(name);
        if (id != null) return id;
        if (chars + name.length() > maxChars) throw new KError.WsFull();
        chars += name.length();
        if (count == names.length) names = Arrays.copyOf(names, count * 2);
        names[count] = name;
        ids.put(name, count);
        return count++;
    }

    public String name(int id) {
        if (id < 0 || id >= count) throw new IndexOutOfBoundsException("no symbol " + id);
        return names[id];
    }

    public int count() { return count; }

    /** Kona orders symbols by their text. */
    public int compare(int a, int b) { return a == b ? 0 : name(a).compareTo(name(b)); }
}

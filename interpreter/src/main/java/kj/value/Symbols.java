package kj.value;

import java.util.Arrays;
import java.util.HashMap;

/**
 * One workspace's symbol table: symbols are interned once and never freed, as in Kona; a
 * symbol value stores only its id. The empty symbol is id 0. A workspace is used by one thread
 * at a time, so the table takes no lock. {@link Sym} reaches the table of the workspace
 * evaluating on the calling thread.
 */
public final class Symbols {
    private final HashMap<String, Integer> ids = new HashMap<>();
    private String[] names = new String[64];
    private int count;

    public Symbols() { intern(""); }

    public int intern(String name) {
        Integer id = ids.get(name);
        if (id != null) return id;
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

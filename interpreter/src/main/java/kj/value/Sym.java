package kj.value;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The symbol table: symbols are interned once and never freed, as in Kona; a symbol value
 * stores only its id. The empty symbol is id 0.
 *
 * <p>One table serves the whole JVM, like {@link String#intern}: it holds only names, never K
 * values, so workspaces on different threads share it safely. Interning is thread-safe (a new
 * name is added under a lock); looking a name up by id takes no lock.
 */
public final class Sym {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final Object LOCK = new Object();
    /** The names by id; replaced (never changed in place) as it grows, so readers need no lock. */
    private static volatile String[] names = new String[64];
    private static volatile int count;

    static { intern(""); }

    private Sym() {}

    public static int intern(String name) {
        Integer id = IDS.get(name);
        return id != null ? id : add(name);
    }

    private static int add(String name) {
        synchronized (LOCK) {
            Integer id = IDS.get(name);
            if (id != null) return id;
            int fresh = count;
            String[] n = names;
            if (fresh == n.length) n = Arrays.copyOf(n, fresh * 2);
            n[fresh] = name;
            names = n;
            count = fresh + 1;
            IDS.put(name, fresh);
            return fresh;
        }
    }

    public static String name(int id) {
        if (id < 0 || id >= count) throw new IndexOutOfBoundsException("no symbol " + id);
        return names[id];
    }

    public static int count() { return count; }

    /** Kona orders symbols by their text. */
    public static int compare(int a, int b) { return a == b ? 0 : name(a).compareTo(name(b)); }
}

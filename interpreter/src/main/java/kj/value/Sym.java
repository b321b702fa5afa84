package kj.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol table: symbols are interned once and never freed, as in Kona; a symbol value
 * stores only its id. The empty symbol is id 0.
 */
public final class Sym {
    private static final Map<String, Integer> IDS = new HashMap<>();
    private static final List<String> NAMES = new ArrayList<>();

    static { intern(""); }

    private Sym() {}

    public static int intern(String name) {
        Integer id = IDS.get(name);
        if (id != null) return id;
        int fresh = NAMES.size();
        NAMES.add(name);
        IDS.put(name, fresh);
        return fresh;
    }

    public static String name(int id) { return NAMES.get(id); }

    public static int count() { return NAMES.size(); }

    /** Kona orders symbols by their text. */
    public static int compare(int a, int b) { return a == b ? 0 : name(a).compareTo(name(b)); }
}

package kj.value;

/**
 * The symbols of the workspace evaluating on this thread ({@link Context#symbols}): the
 * shorthand the verbs use. Symbols are interned once per workspace and never freed, as in Kona.
 */
public final class Sym {
    private Sym() {}

    public static int intern(String name) { return Context.current().symbols().intern(name); }

    public static String name(int id) { return Context.current().symbols().name(id); }

    public static int count() { return Context.current().symbols().count(); }

    /** Kona orders symbols by their text. */
    public static int compare(int a, int b) { return a == b ? 0 : Context.current().symbols().compare(a, b); }
}

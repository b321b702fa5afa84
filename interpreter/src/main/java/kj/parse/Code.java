package kj.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled lambda: its source text (for printing and match), its parameters and locals
 * (frame slots, parameters first), and its body. Codes live in their workspace's table
 * ({@link Codes}) and are referred to from lambda values by id, so no AST hangs off a pool cell.
 */
public final class Code {
    public final String source;
    public final int valence;
    public final String[] slots;
    public final Code parent;
    /** Names of enclosing lambdas' locals this lambda reads; their values are captured at definition. */
    public final List<String> captures = new ArrayList<>();
    public Node body;
    public final int id;
    /** The chunk the lambda was written in, and the offset of its opening brace there. */
    public final Source origin;
    public final int start;

    Code(String source, int valence, String[] slots, Code parent, Source origin, int start) {
        this.source = source;
        this.origin = origin;
        this.start = start;
        this.valence = valence;
        this.slots = slots;
        this.parent = parent;
        this.id = Codes.current().add(this);
    }

    /** The code with this id in the table of the workspace evaluating on this thread. */
    public static Code get(int id) { return Codes.CURRENT.get().get(id); }

    /** A cached code for the same source at the top level, so re-reading a lambda is cheap. */
    static Code cached(String source) { return Codes.current().cached(source); }

    static void cache(Code code) { Codes.current().cache(code); }

    public int capture(String name) { return captures.indexOf(name); }

    public int slot(String name) {
        for (int i = 0; i < slots.length; i++) if (slots[i].equals(name)) return i;
        return -1;
    }
}

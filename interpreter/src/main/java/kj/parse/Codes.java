package kj.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace's compiled lambdas: lambda values refer to their {@link Code} by its index here,
 * so no AST hangs off a pool cell. Top-level lambdas are also found by their source text, so
 * reading the same lambda again is cheap. The parser and printer find the table of the
 * workspace evaluating on this thread through {@link #CURRENT}, which the workspace binds.
 */
public final class Codes {
    /** The table of the workspace evaluating on this thread; bound by it, never assigned. */
    public static final ScopedValue<Codes> CURRENT = ScopedValue.newInstance();

    private final List<Code> table = new ArrayList<>();
    private final Map<String, Code> bySource = new HashMap<>();

    /** Adds a code; returns its id. */
    int add(Code code) {
        table.add(code);
        return table.size() - 1;
    }

    public Code get(int id) { return table.get(id); }

    public int size() { return table.size(); }

    Code cached(String source) { return bySource.get(source); }

    void cache(Code code) { bySource.put(code.source, code); }

    static Codes current() {
        if (!CURRENT.isBound()) throw new IllegalStateException("no workspace is evaluating on this thread");
        return CURRENT.get();
    }
}

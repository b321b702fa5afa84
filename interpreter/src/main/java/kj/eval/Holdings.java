package kj.eval;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kj.kpool.CellLayout;
import kj.kpool.Pool;
import kj.value.Dict;
import kj.value.Tree;
import kj.value.Sym;

/**
 * Which values hold the workspace's memory: the cells each global name reaches (every directory
 * of the K-tree, to the deepest), and the cells of each K type. A cell reached from several
 * names is counted once, for the first name in tree order, and every name that reaches it is
 * marked shared. Sizes are whole cells as the pool hands them out ({@link kj.kpool.Pool#sizeOf}).
 */
public final class Holdings {
    /**
     * One global name: the bytes and cells counted for it, the bytes it reaches that are counted
     * for another name, the names it shares cells with, the bytes of files mapped into it, and
     * whether it is a directory (then only the directory's own cell counts: its entries are rows).
     */
    public record Name(String path, long bytes, long cells, long sharedBytes, Set<String> sharedWith,
                       long fileBytes, boolean directory) {}

    /** The cells of one K type (atoms and vectors apart) reached from the roots. */
    public record Kind(String type, long cells, long bytes) {}

    private Holdings() {}

    /** Every name of the tree, largest first. */
    public static List<Name> byName(Pool pool, Tree tree) {
        List<String> paths = new ArrayList<>();
        List<long[]> starts = new ArrayList<>(); // per row: the cells it starts from
        List<Boolean> dirs = new ArrayList<>();
        collect(tree.root(), "", paths, starts, dirs);
        Map<Long, Integer> owner = new HashMap<>();
        int rows = paths.size();
        long[] bytes = new long[rows], cells = new long[rows], shared = new long[rows], files = new long[rows];
        List<Set<String>> with = new ArrayList<>();
        for (int r = 0; r < rows; r++) with.add(new TreeSet<>());
        for (int r = 0; r < rows; r++) {
            Set<Long> seenElsewhere = new HashSet<>();
            Stack stack = new Stack();
            for (long c : starts.get(r)) stack.push(c);
            while (stack.top > 0) {
                long c = stack.pop();
                if (c == 0) continue;
                Integer o = owner.get(c);
                if (o != null && o == r) continue;
                long size = pool.sizeOf(c);
                if (o != null) {
                    if (!seenElsewhere.add(c)) continue;
                    shared[r] += size;
                    with.get(r).add(paths.get(o));
                    with.get(o).add(paths.get(r));
                } else {
                    owner.put(c, r);
                    bytes[r] += size;
                    cells[r]++;
                    if ((CellLayout.flags(c) & CellLayout.FLAG_MAPPED) != 0) files[r] += size;
                }
                // A directory's entries are rows of their own.
                if (dirs.get(r) && c == starts.get(r)[0]) continue;
                forEachChild(c, stack::push);
            }
        }
        List<Name> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++)
            out.add(new Name(paths.get(r), bytes[r], cells[r], shared[r], with.get(r), files[r], dirs.get(r)));
        // one lambda of this class (in the AOT cache), not Comparator's combinators (spun at run time)
        out.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes()) : a.path().compareTo(b.path()));
        return out;
    }

    /** Rows for every entry of the directory d at path: directories first as themselves, then their entries. */
    private static void collect(long d, String path, List<String> paths, List<long[]> starts, List<Boolean> dirs) {
        for (long i = 0, n = n(d); i < n; i++) {
            String p = path + "." + Sym.name(Dict.key(d, i));
            long v = Dict.value(d, i), a = Dict.attr(d, i);
            boolean dir = v != 0 && type(v) == DICT;
            paths.add(p);
            starts.add(a == 0 ? new long[] {v} : new long[] {v, a});
            dirs.add(dir);
            if (dir) collect(v, p, paths, starts, dirs);
        }
    }

    /** Cells and bytes by K type over every cell the roots reach (each once), largest first. */
    public static List<Kind> byType(Pool pool, long... roots) {
        Map<String, long[]> kinds = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        Stack stack = new Stack();
        for (long r : roots) stack.push(r);
        while (stack.top > 0) {
            long c = stack.pop();
            if (c == 0 || !seen.add(c)) continue;
            long[] k = kinds.computeIfAbsent(typeName(c), x -> new long[2]);
            k[0]++;
            k[1] += pool.sizeOf(c);
            forEachChild(c, stack::push);
        }
        List<Kind> out = new ArrayList<>();
        kinds.forEach((t, k) -> out.add(new Kind(t, k[0], k[1])));
        out.sort((a, b) -> a.bytes() != b.bytes() ? Long.compare(b.bytes(), a.bytes()) : a.type().compareTo(b.type()));
        return out;
    }

    private static final class Stack {
        long[] items = new long[64];
        int top;

        void push(long c) {
            if (top == items.length) items = java.util.Arrays.copyOf(items, top * 2);
            items[top++] = c;
        }

        long pop() { return items[--top]; }
    }

    static String typeName(long c) {
        int t = type(c);
        return switch (t) {
            case LIST -> "list";
            case INT -> "int";
            case FLOAT -> "float";
            case CHAR -> "char";
            case SYM -> "symbol";
            case DICT -> "dictionary";
            case NIL -> "nil";
            case FUNC -> "function";
            case INTV -> "int vector";
            case FLOATV -> "float vector";
            case CHARV -> "char vector";
            case SYMV -> "symbol vector";
            default -> "type " + t;
        };
    }
}

package kj.eval;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.List;
import kj.value.Dict;
import kj.value.Sym;

/**
 * The K-tree: the root dictionary of global names. Names without a dot live in the current
 * directory (.k at start); a name with a leading dot is absolute, another dotted name is a
 * path from the current directory. Dictionaries on a path are copied before a write when they
 * are shared (copy on write), so values taken from the tree never change under their holder.
 */
public final class Tree {
    private long root;
    private int[] dir;

    Tree() {
        root = Dict.empty();
        dir = new int[] {Sym.intern("k")};
        root = Dict.put(root, dir[0], Dict.empty());
    }

    void release() { cd(root); }

    public long root() { return root; }

    public int[] dir() { return dir.clone(); }

    public void setDir(int[] path) { this.dir = path.clone(); }

    /** The path of syms a name stands for. */
    int[] path(String name, int sym) {
        if (name.indexOf('.') < 0) {
            int[] p = java.util.Arrays.copyOf(dir, dir.length + 1);
            p[dir.length] = sym;
            return p;
        }
        List<Integer> parts = new ArrayList<>();
        if (!name.startsWith(".")) for (int d : dir) parts.add(d);
        for (String s : name.split("\\.")) if (!s.isEmpty()) parts.add(Sym.intern(s));
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The value a name holds, borrowed, or 0 when it has none. */
    public long get(String name, int sym) {
        if (name.indexOf('.') < 0) {
            long d = root;
            for (int s : dir) {
                d = Dict.get(d, s);
                if (d == 0 || type(d) != DICT) return 0;
            }
            return Dict.get(d, sym);
        }
        return getPath(path(name, sym));
    }

    public long getPath(int[] path) {
        long d = root;
        for (int s : path) {
            if (d == 0 || type(d) != DICT) return 0;
            d = Dict.get(d, s);
        }
        return d;
    }

    /** Sets a name to a value (owned). */
    public void set(String name, int sym, long value) { setPath(path(name, sym), value); }

    public void setPath(int[] path, long value) {
        if (path.length == 0) {
            long old = root;
            root = value;
            cd(old);
            return;
        }
        if (!isUnique(root)) {
            long copy = Dict.copy(root);
            cd(root);
            root = copy;
        }
        root = put(root, path, 0, value);
    }

    /** Puts value at path[i..] below the unique dict d; returns d, which may have moved. */
    private static long put(long d, int[] path, int i, long value) {
        if (i == path.length - 1) return Dict.put(d, path[i], value);
        long at = Dict.find(d, path[i]);
        if (at < 0) {
            d = Dict.put(d, path[i], Dict.empty());
            at = Dict.find(d, path[i]);
        }
        long child = Dict.value(d, at);
        if (type(child) != DICT) {
            Dict.replaceValue(d, at, Dict.empty());
            child = Dict.value(d, at);
        } else if (!isUnique(child)) {
            Dict.replaceValue(d, at, Dict.copy(child));
            child = Dict.value(d, at);
        }
        long moved = put(child, path, i + 1, value);
        if (moved != child) Dict.setValueRaw(d, at, moved);
        return d;
    }
}

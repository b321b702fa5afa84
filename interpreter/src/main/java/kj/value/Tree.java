package kj.value;

import static kj.value.K.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The K-tree: the root dictionary of global names. Names without a dot live in the current
 * directory (.k at start); a name with a leading dot is absolute, another dotted name is a
 * path from the current directory. Two dots step into the attributes of an entry: {@code a..t}
 * is attribute t of a, and {@code a.} the dictionary of a's attributes. Dictionaries on a path are copied before a write when they are shared
 * (copy on write), so values taken from the tree never change under their holder.
 */
public final class Tree {
    /** In a path, the step into the attributes of the entry before it. */
    public static final int ATTR = -1;

    private long root;
    private int[] dir;

    /*
     * Where the plain names of the current directory are, remembered per name: its dict and the
     * entry's index, valid while the epoch stands. Every change the tree makes to its dicts, other
     * than setting or moving the value of an entry that exists, starts a new epoch (an in-place
     * amend of a directory only appends entries, and a directory that moves comes back through
     * moved or setPath). So a loop of a:a+1 or a,:x finds a in a few reads instead of walking.
     */
    private long epoch = 1;
    private long dirDict, dirEpoch;
    private long[] stamp = new long[0];
    private int[] index = new int[0];

    public Tree() {
        root = Dict.empty();
        dir = new int[] {Sym.intern("k")};
        root = Dict.put(root, dir[0], Dict.empty());
    }

    /** Releases the tree and everything it holds. */
    public void release() { cd(root); }

    public long root() { return root; }

    public int[] dir() { return dir.clone(); }

    public void setDir(int[] path) {
        this.dir = path.clone();
        epoch++;
    }

    /** The current directory's dict (borrowed), or 0 when its path holds none. */
    private long dirDict() {
        if (dirEpoch == epoch) return dirDict;
        long d = root;
        for (int s : dir) {
            d = Dict.get(d, s);
            if (d == 0 || type(d) != DICT) {
                d = 0;
                break;
            }
        }
        dirEpoch = epoch;
        return dirDict = d;
    }

    /** The index of the plain name's entry in the current directory, or -1. */
    private long entry(int sym) {
        if (sym < stamp.length && stamp[sym] == epoch && Dict.key(dirDict, index[sym]) == sym) return index[sym];
        return lookup(sym);
    }

    private long lookup(int sym) {
        long d = dirDict();
        long i = d == 0 ? -1 : Dict.find(d, sym);
        if (i < 0) return -1;
        if (sym >= stamp.length) {
            int n = Math.max(sym + 1, 2 * stamp.length);
            stamp = java.util.Arrays.copyOf(stamp, n);
            index = java.util.Arrays.copyOf(index, n);
        }
        stamp[sym] = epoch;
        index[sym] = (int) i;
        return i;
    }

    /** Whether the root and the current directory (at most one step below it) are held by the tree alone. */
    private boolean shallowUnique() {
        return dir.length <= 1 && dirDict() != 0 && isUnique(root) && isUnique(dirDict);
    }

    /** The path of syms a name stands for. */
    int[] path(String name, int sym) {
        if (name.indexOf('.') < 0) {
            int[] p = java.util.Arrays.copyOf(dir, dir.length + 1);
            p[dir.length] = sym;
            return p;
        }
        List<Integer> parts = new ArrayList<>();
        if (!name.startsWith(".")) for (int d : dir) parts.add(d);
        String[] names = name.split("\\.");
        for (int i = 0; i < names.length; i++) {
            if (!names[i].isEmpty()) parts.add(Sym.intern(names[i]));
            else if (i > 0) parts.add(ATTR);
        }
        if (name.endsWith(".")) parts.add(ATTR); // a. is the attribute dictionary of a
        return parts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The value a name holds, borrowed, or 0 when it has none. */
    public long get(String name, int sym) {
        if (name.indexOf('.') < 0) {
            long i = entry(sym);
            return i < 0 ? 0 : Dict.value(dirDict, i);
        }
        return getPath(path(name, sym));
    }

    public long getPath(int[] path) {
        long d = root;
        for (int k = 0; k < path.length; k++) {
            if (d == 0 || type(d) != DICT) return 0;
            if (k + 1 < path.length && path[k + 1] == ATTR) {
                long i = Dict.find(d, path[k++]);
                d = i < 0 ? 0 : Dict.attr(d, i);
            } else {
                d = Dict.get(d, path[k]);
            }
        }
        return d;
    }

    /** Sets a name to a value (owned). */
    public void set(String name, int sym, long value) {
        if (name.indexOf('.') < 0) {
            long i = entry(sym);
            if (i >= 0 && shallowUnique()) {
                Dict.replaceValue(dirDict, i, value);
                return;
            }
            if (replace(sym, value)) return;
        }
        setPath(path(name, sym), value);
    }

    /**
     * Replaces the value of a name that already has one in the current directory, when every
     * dict on the way is unique (nothing to copy): no path built. False when that is not so.
     */
    private boolean replace(int sym, long value) {
        long d = uniqueDict(dir, dir.length);
        long at = d == 0 ? -1 : Dict.find(d, sym);
        if (at < 0) return false;
        epoch++;
        Dict.replaceValue(d, at, value);
        return true;
    }

    /** Points the name at the cell its unique value moved to, no count changed (see {@link #exclusive}). */
    public void moved(String name, int sym, long value) {
        long i = name.indexOf('.') < 0 && type(value) != DICT ? entry(sym) : -1;
        if (i >= 0) {
            Dict.setValueRaw(dirDict, i, value);
            return;
        }
        epoch++;
        int[] p = name.indexOf('.') < 0 ? null : path(name, sym);
        long d = p == null ? uniqueDict(dir, dir.length) : uniqueDict(p, p.length - 1);
        int key = p == null ? sym : p[p.length - 1];
        long at = d == 0 ? -1 : Dict.find(d, key);
        if (at < 0) throw new IllegalStateException("moved: no entry " + name);
        Dict.setValueRaw(d, at, value);
    }

    /**
     * True when the K-tree alone holds every dict on the way to the name, so that its value, if
     * it has one reference, may change where it lies without another holder seeing it.
     */
    public boolean exclusive(String name, int sym) {
        boolean plain = name.indexOf('.') < 0;
        if (plain && dir.length <= 1) return shallowUnique();
        return plain ? uniqueDict(dir, dir.length) != 0 : exclusive(path(name, sym));
    }

    /** As {@link #exclusive(String, int)} for a path of syms (its last one names the value). */
    public boolean exclusive(int[] path) { return uniqueDict(path, path.length - 1) != 0; }

    /**
     * The dict reached through path[0 .. end) when it and every dict on the way are held by
     * their parent alone, else 0 (an attribute step counts as not).
     */
    private long uniqueDict(int[] path, int end) {
        long d = root;
        if (!isUnique(d)) return 0;
        for (int i = 0; i < end; i++) {
            if (path[i] == ATTR) return 0;
            d = Dict.get(d, path[i]);
            if (d == 0 || type(d) != DICT || !isUnique(d)) return 0;
        }
        return d;
    }

    /** Takes a name out of its directory (nothing happens when it is not there). */
    public void remove(String name, int sym) {
        epoch++;
        int[] p = path(name, sym);
        int[] dirPath = java.util.Arrays.copyOf(p, p.length - 1);
        long d = getPath(dirPath);
        if (d == 0 || type(d) != DICT || Dict.find(d, p[p.length - 1]) < 0) return;
        setPath(dirPath, Dict.without(d, p[p.length - 1]));
    }

    public void setPath(int[] path, long value) {
        epoch++;
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
        boolean attr = path[i + 1] == ATTR;
        long at = Dict.find(d, path[i]);
        if (at < 0) {
            d = Dict.put(d, path[i], attr ? nil() : Dict.empty());
            at = Dict.find(d, path[i]);
        }
        if (attr) return putAttr(d, at, path, i + 2, value);
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

    /** Puts value at path[i..] in the attributes of entry at of the unique dict d (a. itself when i is past the end). */
    private static long putAttr(long d, long at, int[] path, int i, long value) {
        if (i == path.length) {
            if (type(value) != DICT && type(value) != NIL) {
                cd(value);
                throw kj.error.KError.type();
            }
            Dict.replaceAttr(d, at, type(value) == NIL ? 0 : value);
            if (type(value) == NIL) cd(value);
            return d;
        }
        long attrs = Dict.attr(d, at);
        if (attrs == 0) {
            Dict.setAttrRaw(d, at, Dict.empty());
        } else if (!isUnique(attrs)) {
            Dict.replaceAttr(d, at, Dict.copy(attrs));
        }
        attrs = Dict.attr(d, at);
        long moved = put(attrs, path, i, value);
        if (moved != attrs) Dict.setAttrRaw(d, at, moved);
        return d;
    }
}

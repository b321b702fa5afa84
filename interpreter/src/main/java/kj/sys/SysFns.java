package kj.sys;

import kj.eval.Interp;
import kj.parse.Reserved;

/** The reserved _ names: system values (_n, _t, ...) and functions (_draw, _ss, ...). */
public final class SysFns {
    private SysFns() {}

    /** The value of a niladic reserved name such as _n or _t. */
    public static long value(Interp in, int id) {
        if (id == Reserved.NIL) return kj.value.K.nil();
        return SysLib.value(in, Reserved.name(id));
    }

    /** Calls a reserved function with its arguments (borrowed). */
    public static long call(int id, long[] args) {
        String name = Reserved.name(id);
        int valence = Reserved.valence(id);
        if (args.length < valence) return project(id, args, valence);
        if (args.length != valence) throw kj.error.KError.valence();
        if (args.length == 1 && MathFns.has(name)) return MathFns.monad(name, args[0]);
        return SysLib.call(name, args);
    }

    /** Too few arguments, as in {@code _ssr x}: a projection waiting for the rest. */
    private static long project(int id, long[] args, int valence) {
        long[] slots = new long[valence];
        for (int i = 0; i < args.length; i++) slots[i] = args[i] == 0 ? 0 : kj.value.K.ci(args[i]);
        return kj.value.Fn.projection(kj.value.Fn.sysfn(id), slots);
    }
}

package kj.sys;

import static kj.value.K.*;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import kj.error.KError;
import kj.value.Context;
import kj.prim.Atomic;
import kj.value.Fn;

/**
 * The registry of reserved {@code _} names, one row each: name, valence, implementation. An id
 * is an index into the rows; the parser looks a name up once, calls go straight to the row.
 */
public final class SysFns {
    private static final List<SysFn> ROWS = List.of(
            // system values
            value("_a", SysLib::args), value("_d", SysLib::directory), value("_f", in -> nil()),
            value("_h", in -> SysLib.host()), value("_i", in -> amendState(in.settings().amendIndex)), value("_k", in -> chars("kj 2026-11-22")),
            value("_n", in -> nil()), value("_p", in -> ki(0)), value("_s", in -> SysLib.poolStats()),
            value("_t", in -> Time.now()), value("_T", in -> Time.nowDays()), value("_v", in -> amendState(in.settings().amendValue)),
            value("_w", in -> ki(0)),
            // math, atomic: floats out (ints kept by _abs; _ceiling gives ints)
            math("_acos", Math::acos), math("_asin", Math::asin), math("_atan", Math::atan), math("_ceil", Math::ceil),
            math("_cos", Math::cos), math("_cosh", Math::cosh), math("_exp", Math::exp), math("_floor", Math::floor),
            math("_log", Math::log), math("_sin", Math::sin), math("_sinh", Math::sinh), math("_sqr", v -> v * v),
            math("_sqrt", Math::sqrt), math("_tan", Math::tan), math("_tanh", Math::tanh),
            monad("_abs", x -> MathFns.apply(v -> v < 0 ? -v : v, true, x)), // -0.0 stays, as Kona's C
            monad("_ceiling", x -> Atomic.monad(Atomic.Mono.CEILING, x)),
            // other monads
            monad("_bd", Bin::bd), monad("_ci", Encode::charsOf), monad("_db", Bin::db), monad("_dj", Time::dj),
            monad("_exit", SysLib::exit), monad("_getenv", SysLib::getenv), monad("_gtime", Time::gtime),
            new SysFn("_hash", 1, (in, a) -> Hashes.hash(in, a[0])), monad("_host", SysLib::host), monad("_ic", Encode::codesOf), monad("_inv", Matrix::inv),
            monad("_jd", Time::jd), monad("_lt", Time::lt), monad("_ltime", Time::ltime), monad("_size", SysLib::size),
            // dyads
            dyad("_bin", Sets::bin), dyad("_binl", Sets::binl), dyad("_di", Sets::di), dyad("_dot", Matrix::dot),
            dyad("_draw", Draw::draw), dyad("_dv", Sets::dv), dyad("_dvl", Sets::dvl), dyad("_hat", Sets::hat),
            dyad("_in", Sets::in), dyad("_lin", Sets::lin), dyad("_lsq", Matrix::lsq), dyad("_mul", Matrix::mul),
            dyad("_setenv", SysLib::setenv), dyad("_sm", StringSearch::sm), dyad("_ss", StringSearch::ss),
            dyad("_sv", Encode::sv), dyad("_vs", Encode::vs), dyad("_vsx", Encode::vsx),
            // triads
            new SysFn("_ssr", 3, (in, a) -> StringSearch.ssr(a[0], a[1], a[2])));

    /** The ids the evaluator treats itself: {@code _f} is the running lambda, {@code _n} nil. */
    public static final int SELF = id("_f"), NIL = id("_n");

    private SysFns() {}

    private static SysFn value(String name, java.util.function.ToLongFunction<Context> f) {
        return new SysFn(name, 0, (in, a) -> f.applyAsLong(in));
    }

    private static SysFn math(String name, DoubleUnaryOperator f) {
        return monad(name, x -> MathFns.apply(f, false, x));
    }

    private static SysFn monad(String name, LongUnaryOperator f) {
        return new SysFn(name, 1, (in, a) -> f.applyAsLong(a[0]));
    }

    private static SysFn dyad(String name, LongBinaryOperator f) {
        return new SysFn(name, 2, (in, a) -> f.applyAsLong(a[0], a[1]));
    }

    /** The id of a reserved name, or -1. */
    public static int id(String name) {
        for (int i = 0; i < ROWS.size(); i++) if (ROWS.get(i).name().equals(name)) return i;
        return -1;
    }

    public static SysFn get(int id) { return ROWS.get(id); }

    /** Every reserved name, for completion and help. */
    public static List<String> names() { return ROWS.stream().map(SysFn::name).toList(); }

    /** The value of a niladic reserved name such as _n or _t. */
    public static long value(Context in, int id) { return ROWS.get(id).impl().call(in, new long[0]); }

    /** Calls a reserved function with its arguments (borrowed); too few make a projection. */
    public static long call(Context in, int id, long[] args) {
        SysFn f = ROWS.get(id);
        if (args.length < f.valence()) return project(id, args, f.valence());
        if (args.length != f.valence()) throw KError.valence();
        return f.impl().call(in, args);
    }

    /** Too few arguments, as in {@code _ssr x}: a projection waiting for the rest. */
    private static long project(int id, long[] args, int valence) {
        long[] slots = new long[valence];
        for (int i = 0; i < args.length; i++) slots[i] = args[i] == 0 ? 0 : ci(args[i]);
        return Fn.projection(Fn.sysfn(id), slots);
    }

    /** _i and _v: what the amend in progress set, else nil. */
    private static long amendState(long v) { return v == 0 ? nil() : ci(v); }
}

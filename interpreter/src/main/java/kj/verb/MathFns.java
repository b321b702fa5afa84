package kj.verb;

import kj.error.KError;

/** The atomic math _ functions: _sqrt _exp _log _sin ... _abs _floor _ceil. */
final class MathFns {
    private MathFns() {}

    static boolean has(String name) { return false; }

    static long monad(String name, long x) { throw KError.nonce(); }
}

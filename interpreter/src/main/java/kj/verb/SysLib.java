package kj.verb;

import kj.error.KError;
import kj.eval.Interp;

/** The other _ functions (_draw _bin _ss _sv _vs ...) and system values (_t _d _v ...). */
final class SysLib {
    private SysLib() {}

    static long value(Interp in, String name) { throw KError.nonce(); }

    static long call(String name, long[] args) { throw KError.nonce(); }
}

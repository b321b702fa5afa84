package kj.eval;

import kj.parse.Code;

/** One running lambda: its code, its slots (parameters then locals), itself for _f. */
final class Frame {
    final Code code;
    final long[] slots;
    final long self;
    final Frame caller;

    Frame(Code code, long self, Frame caller) {
        this.code = code;
        this.slots = new long[code.slots.length];
        this.self = self;
        this.caller = caller;
    }
}

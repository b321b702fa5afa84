package kj.repl;

import kj.eval.Script;

/** Tells whether typed text leaves a bracket or a string open, as the script reader counts them. */
final class Brackets {
    private Brackets() {}

    /** How many brackets (and a string, as one) are open at the end; comments and strings skipped. */
    static int open(CharSequence s) { return Script.open(s); }

    /** True when the text must go on to another line before it can run. */
    static boolean incomplete(String text) {
        if (text.startsWith("\\")) return false;
        return open(text) > 0;
    }
}

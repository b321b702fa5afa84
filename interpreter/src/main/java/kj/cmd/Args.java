package kj.cmd;

import kj.error.KError;

/** Parsers of command arguments: each bad argument is a K error, never a Java exception. */
public final class Args {
    private Args() {}

    /**
     * A whole decimal integer as Kona's commands read one (leading blanks, a sign, digits and
     * nothing after them): anything else, or a number beyond 64 bits, is a type error.
     */
    public static long integer(String text) {
        String t = text.stripLeading();
        if (!isInteger(t)) throw KError.type();
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw KError.type();
        }
    }

    /** Whether t is an optional sign and one digit or more, nothing else (by hand: no regex to compile). */
    static boolean isInteger(String t) {
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        if (i == t.length()) return false;
        for (; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        return true;
    }

    /** An integer in [lo, hi]: a type error when it is not an integer, a domain error outside. */
    public static long between(String text, long lo, long hi) {
        long n = integer(text);
        if (n < lo || n > hi) throw KError.domain();
        return n;
    }

    /** For a command that takes no argument: a domain error when it was given one. */
    public static void none(String text) {
        if (!text.isBlank()) throw KError.domain();
    }

    /** The first word of text (up to a blank) and the rest, stripped: {word, rest}. */
    public static String[] split(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && !Character.isWhitespace(t.charAt(i))) i++;
        return new String[] {t.substring(0, i), t.substring(i).strip()};
    }
}

package kj.repl;

/** Tells whether typed text leaves a bracket or a string open, as the script reader counts them. */
final class Brackets {
    private Brackets() {}

    /** How many brackets (and a string, as one) are open at the end; comments and strings skipped. */
    static int open(CharSequence s) {
        int depth = 0;
        boolean str = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (str) {
                if (c == '\\') i++;
                else if (c == '"') str = false;
                continue;
            }
            switch (c) {
                case '"' -> str = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '/' -> {
                    if (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
                        while (i + 1 < s.length() && s.charAt(i + 1) != '\n') i++;
                }
                default -> { }
            }
        }
        return str ? depth + 1 : depth;
    }

    /** True when the text must go on to another line before it can run. */
    static boolean incomplete(String text) {
        if (text.startsWith("\\")) return false;
        return open(text) > 0;
    }
}

package kj.parse;

/**
 * A chunk of source text as it was read: the text, the file it came from (null when typed or
 * executed) and the line number of its first line in that file. AST nodes keep offsets into
 * {@link #text}, so an error can show the line it happened on.
 */
public record Source(String text, String file, int firstLine) {
    /** Text typed or executed, not read from a file. */
    public static Source of(String text) { return new Source(text, null, 1); }

    /** The line of the text holding offset {@code at}, without its newline. */
    public String lineAt(int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) start = 0;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The column of offset {@code at} in its line. */
    public int columnOf(int at) { return at - (at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1); }

    /** The file's line number of offset {@code at}. */
    public int lineOf(int at) {
        int line = firstLine;
        for (int i = 0; i < at && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}

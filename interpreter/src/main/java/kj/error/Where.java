package kj.error;

/**
 * Where an error happened, as Kona shows it: a line of source (the line typed, or the text of
 * the lambda that failed), the column of the primitive under which the caret goes, and, for a
 * line read from a file, the file and its line number (file null otherwise).
 */
public record Where(String text, int column, String file, int line) {
    /** The line and the caret under the column, then {@code file:line} when there is a file. */
    public String show() {
        StringBuilder b = new StringBuilder(text).append('\n');
        for (int i = 0; i < column; i++) b.append(text.charAt(i) == '\t' ? '\t' : ' ');
        b.append('^');
        if (file != null) b.append('\n').append(file).append(':').append(line);
        return b.toString();
    }
}

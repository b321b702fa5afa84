package kj.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;

/**
 * JLine's view of K input: Enter inside an open bracket or string goes on to a new line
 * (an {@link EOFError}), and the word to complete is the name (or backslash command) before
 * the cursor.
 */
final class KParser implements Parser {
    @Override
    public CompletingParsedLine parse(String line, int cursor, ParseContext context) {
        boolean waits = context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT;
        if (waits && Brackets.incomplete(line)) {
            int depth = Brackets.open(line);
            // "missing" is what the continuation prompt shows (%M): one '>' per open level, as Kona
            throw new EOFError(-1, -1, "open bracket or string", ">".repeat(depth), depth, null);
        }
        int start = cursor;
        while (start > 0 && nameChar(line.charAt(start - 1))) start--;
        if (start == 1 && line.charAt(0) == '\\') start = 0;
        int end = cursor;
        while (end < line.length() && nameChar(line.charAt(end))) end++;
        return new Word(line, cursor, line.substring(start, end), cursor - start);
    }

    static boolean nameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    @Override
    public boolean isEscapeChar(char ch) { return false; }

    /** The one word around the cursor; K names need no quoting, so raw and plain words agree. */
    private record Word(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return wordCursor; }
        @Override public int rawWordLength() { return word.length(); }
    }
}

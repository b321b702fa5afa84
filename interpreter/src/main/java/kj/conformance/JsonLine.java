package kj.conformance;

import java.util.HashMap;
import java.util.Map;

/** Reads one flat JSON object of strings and integers: enough for the conformance files. */
final class JsonLine {
    private final String s;
    private int i;

    private JsonLine(String s) { this.s = s; }

    static Map<String, String> parse(String line) {
        JsonLine p = new JsonLine(line);
        Map<String, String> out = new HashMap<>();
        p.skip('{');
        while (true) {
            p.ws();
            if (p.peek() == '}') break;
            String key = p.string();
            p.skip(':');
            p.ws();
            out.put(key, p.peek() == '"' ? p.string() : p.number());
            p.ws();
            if (p.peek() == ',') p.i++;
        }
        return out;
    }

    private char peek() { return s.charAt(i); }

    private void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

    private void skip(char c) {
        ws();
        if (s.charAt(i) != c) throw new IllegalArgumentException("expected " + c + " at " + i);
        i++;
    }

    private String number() {
        int start = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) i++;
        return s.substring(start, i);
    }

    private String string() {
        skip('"');
        StringBuilder b = new StringBuilder();
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        i++;
        return b.toString();
    }
}

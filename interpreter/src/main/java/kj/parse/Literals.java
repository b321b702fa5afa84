package kj.parse;

import java.util.ArrayList;
import java.util.List;
import kj.error.KError;
import kj.value.Sym;

/** Reads the text of number, string and symbol literals into AST constants; folds a join of two. */
final class Literals {
    private Literals() {}

    /** One number: as the lexer's NUM, so a word such as 1.5.5 (Kona's 1.5 0.5) holds several. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0[NnIi]|[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?|\\.[0-9]+([eE][+-]?[0-9]+)?)");

    static Node numbers(String text) {
        String[] words = NUMBER.matcher(text).results().map(java.util.regex.MatchResult::group).toArray(String[]::new);
        boolean isFloat = false;
        for (String w : words) isFloat |= isFloatWord(w);
        if (isFloat) {
            double[] v = new double[words.length];
            for (int i = 0; i < v.length; i++) v[i] = parseFloat(words[i]);
            return new Node.Floats(v, words.length == 1);
        }
        long[] v = new long[words.length];
        for (int i = 0; i < v.length; i++) v[i] = parseInt(words[i]);
        return new Node.Ints(v, words.length == 1);
    }

    private static boolean isFloatWord(String w) {
        String u = w.startsWith("-") ? w.substring(1) : w;
        if (u.equals("0n") || u.equals("0i")) return true;
        if (u.equals("0N") || u.equals("0I")) return false;
        return u.contains(".") || u.contains("e") || u.contains("E");
    }

    /** An int word; past 0I its magnitude stays 0I, so 9223372036854775808 is 0I and its negative -0I, as Kona. */
    private static long parseInt(String w) {
        return switch (w) {
            case "0N", "-0N" -> Long.MIN_VALUE;
            case "0I" -> Long.MAX_VALUE;
            case "-0I" -> -Long.MAX_VALUE;
            default -> {
                boolean neg = w.startsWith("-");
                long m = 0;
                for (int i = neg ? 1 : 0; i < w.length(); i++) {
                    int d = w.charAt(i) - '0';
                    m = m > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : m * 10 + d;
                }
                yield neg ? -m : m;
            }
        };
    }

    private static double parseFloat(String w) {
        return switch (w) {
            case "0n", "-0n", "0N", "-0N" -> Double.NaN;
            case "0i", "0I" -> Double.POSITIVE_INFINITY;
            case "-0i", "-0I" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(w);
        };
    }

    /** A string literal with its quotes; one character makes a char atom. */
    static Node chars(String text) {
        byte[] b = unescape(text, 1, text.length() - 1);
        return new Node.Chars(b, b.length == 1);
    }

    static byte[] unescape(String s, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                out[k++] = (byte) c;
                continue;
            }
            char e = s.charAt(++i);
            out[k++] = switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case '"' -> '"';
                case '\\' -> '\\';
                default -> {
                    if (e < '0' || e > '7') yield (byte) e;
                    int v = 0, d = 0;
                    while (d < 3 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i++) - '0');
                        d++;
                    }
                    i--;
                    yield (byte) v;
                }
            };
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    static Node syms(String text) {
        List<Integer> ids = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c != '`') throw KError.parse();
            i++;
            if (i < n && text.charAt(i) == '"') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '"') j += text.charAt(j) == '\\' ? 2 : 1;
                byte[] b = unescape(text, i + 1, j);
                ids.add(Sym.intern(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)));
                i = j + 1;
            } else {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '_')) j++;
                ids.add(Sym.intern(text.substring(i, j)));
                i = j;
            }
        }
        return new Node.Syms(ids.stream().mapToInt(Integer::intValue).toArray(), ids.size() == 1);
    }

    private static final int JOIN = kj.prim.Verbs.index(",");

    /**
     * x,y of two literals of one type ({@code 1 2 3,4}, {@code "ab","c"}) as the one literal it
     * always gives, else d: the join would make the same fresh vector on every evaluation.
     */
    static Node joined(Node.Dyad d) {
        if (!(d.fn() instanceof Node.Verb v) || v.index() != JOIN || v.monadic()) return d;
        Node x = d.left(), y = d.right();
        if (x instanceof Node.Ints a && y instanceof Node.Ints b)
            return new Node.Ints(concat(a.values(), b.values(), a.values().length, b.values().length), false);
        if (x instanceof Node.Floats a && y instanceof Node.Floats b)
            return new Node.Floats(concat(a.values(), b.values(), a.values().length, b.values().length), false);
        if (x instanceof Node.Chars a && y instanceof Node.Chars b)
            return new Node.Chars(concat(a.values(), b.values(), a.values().length, b.values().length), false);
        if (x instanceof Node.Syms a && y instanceof Node.Syms b)
            return new Node.Syms(concat(a.ids(), b.ids(), a.ids().length, b.ids().length), false);
        return d;
    }

    /**
     * ,x of a literal x as the literal it always gives, else m: an atom's one-item vector
     * ({@code ,1}, {@code ,"a"}), a vector's one-item list ({@code ,"ab"}).
     */
    static Node enlisted(Node.Monad m) {
        if (!(m.fn() instanceof Node.Verb v) || v.index() != JOIN) return m;
        Node x = m.arg();
        if (x instanceof Node.Ints a) return a.atom() ? new Node.Ints(a.values(), false) : new Node.Enlisted(x);
        if (x instanceof Node.Floats a) return a.atom() ? new Node.Floats(a.values(), false) : new Node.Enlisted(x);
        if (x instanceof Node.Chars a) return a.atom() ? new Node.Chars(a.values(), false) : new Node.Enlisted(x);
        if (x instanceof Node.Syms a) return a.atom() ? new Node.Syms(a.ids(), false) : new Node.Enlisted(x);
        return m;
    }

    /** The primitive arrays a (na items) then b (nb items) in a new array of their type. */
    @SuppressWarnings("unchecked")
    private static <T> T concat(T a, T b, int na, int nb) {
        T r = (T) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), na + nb);
        System.arraycopy(a, 0, r, 0, na);
        System.arraycopy(b, 0, r, na, nb);
        return r;
    }
}

package kj.parse;

import java.util.ArrayList;
import kj.sys.SysFns;
import java.util.List;
import kj.error.KError;
import kj.grammar.KLexer;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Settles what the lexer cannot see: a minus sign written right after a noun ({@code x-1},
 * {@code a[0]-2}) is the verb minus, not the sign of a negative number; an underscore run that
 * is not a reserved name (and the reserved names Kona cannot parse); {@code a::[c;t;f]}, an assignment of a conditional, and
 * {@code ,:[c;t;f]}, a verb and a conditional; and colon runs that Kona rejects.
 */
final class TokenFilter {
    private TokenFilter() {}

    static List<Token> apply(List<? extends Token> tokens) {
        checkColons(tokens);
        checkColonBackslash(tokens);
        checkNumberThenName(tokens);
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        Token prev = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == KLexer.DCOLON && prev != null && prev.getType() == KLexer.NAME
                    && k + 1 < tokens.size() && tokens.get(k + 1).getType() == KLexer.LBRACK
                    && tokens.get(k + 1).getStartIndex() == t.getStopIndex() + 1) {
                // a::[c;t;f] assigns a conditional: the second colon opens the :[...]
                out.add(piece(t, KLexer.COLON, ":", t.getStartIndex(), t.getStartIndex()));
                out.add(piece(t, KLexer.COLON, ":", t.getStopIndex(), t.getStopIndex()));
            } else if (t.getType() == KLexer.VERB && t.getText().length() == 2 && k + 1 < tokens.size()
                    && tokens.get(k + 1).getType() == KLexer.LBRACK && tokens.get(k + 1).getStartIndex() == t.getStopIndex() + 1) {
                // ,:[c;t;f] is , then a conditional: Kona reads :[ as a conditional before it reads verbs
                out.add(piece(t, KLexer.VERB, t.getText().substring(0, 1), t.getStartIndex(), t.getStartIndex()));
                out.add(piece(t, KLexer.COLON, ":", t.getStopIndex(), t.getStopIndex()));
            } else if (strayBackslash(tokens, k, prev)) {
                // if[1;\\]: Kona reads backslashes standing alone after ; as a command that does nothing here
            } else if (t.getType() == KLexer.SYSNAME && badSysname(tokens, k, prev)) {
                throw KError.parse();
            } else if (t.getType() == KLexer.SYSNAME && SysFns.id(t.getText()) < 0) {
                splitReserved(t, out);
            } else if (t.getType() == KLexer.NUMS && t.getText().startsWith("-") && prev != null
                    && prev.getStopIndex() + 1 == t.getStartIndex() && endsNoun(prev.getType())) {
                out.add(piece(t, KLexer.VERB, "-", t.getStartIndex(), t.getStartIndex()));
                out.add(piece(t, KLexer.NUMS, t.getText().substring(1), t.getStartIndex() + 1, t.getStopIndex()));
            } else {
                out.add(t);
            }
            prev = t;
        }
        return out;
    }

    /** A number written against a name, 1a, 1 2ab, 0x12, 1e (no exponent): Kona's parse error. */
    private static void checkNumberThenName(List<? extends Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k), next = tokens.get(k + 1);
            if (t.getType() == KLexer.NUMS && next.getType() == KLexer.NAME && next.getStartIndex() == t.getStopIndex() + 1
                    && Character.isLetter(next.getText().charAt(0))) throw KError.parse();
        }
    }

    /**
     * Colon runs Kona rejects when parsing: five or more colons in a row ({@code :::::}), two or
     * more after an I/O verb ({@code 4:::}; {@code 4::} is the monadic 4:), and a reserved
     * function with a colon ({@code _abs:}).
     */
    private static void checkColons(List<? extends Token> tokens) {
        int run = 0;
        Token prev = null;
        boolean afterIo = false;
        for (Token t : tokens) {
            int type = t.getType();
            boolean adjacent = prev != null && prev.getStopIndex() + 1 == t.getStartIndex();
            boolean colon = type == KLexer.COLON || type == KLexer.DCOLON;
            if (colon && adjacent && prev.getType() == KLexer.SYSNAME) throw KError.parse();
            if (colon) {
                if (run == 0 || !adjacent) {
                    afterIo = adjacent && prev.getType() == KLexer.IOVERB;
                    run = afterIo ? prev.getText().length() - 2 : 0;
                }
                run += t.getText().length();
                if (run >= 5 || afterIo && run >= 2) throw KError.parse();
            } else {
                run = 0;
            }
            prev = t;
        }
    }

    /**
     * Kona refuses a colon written against a following backslash adverb unless the colon is
     * part of {@code /:} or {@code \\:}: {@code ~:\\:x}, {@code +:\\x}, {@code a:\\x} are syntax errors.
     */
    private static void checkColonBackslash(List<? extends Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k), next = tokens.get(k + 1);
            String text = t.getText();
            boolean colonEnd = text.endsWith(":") && t.getType() != KLexer.STRING && t.getType() != KLexer.SYMS
                    && !(t.getType() == KLexer.ADVERB && (text.equals("/:") || text.equals("\\:")));
            if (colonEnd && next.getType() == KLexer.ADVERB && next.getText().startsWith("\\")
                    && next.getStartIndex() == t.getStopIndex() + 1)
                throw KError.syntax();
        }
    }

    /** A run of backslashes after a semicolon that ends its statement or bracket: {@code if[1;\\]}. */
    private static boolean strayBackslash(List<? extends Token> tokens, int k, Token prev) {
        if (!backslash(tokens.get(k)) || prev == null || prev.getType() != KLexer.SEMI && !backslash(prev)) return false;
        int j = k;
        while (j < tokens.size() && backslash(tokens.get(j))) j++;
        if (j == tokens.size()) return true;
        int next = tokens.get(j).getType();
        return next == KLexer.SEMI || next == KLexer.RBRACK;
    }

    private static boolean backslash(Token t) { return t.getType() == KLexer.ADVERB && t.getText().equals("\\"); }

    /**
     * An underscore run that is not a reserved name: with two or more letters it is a reserved
     * error, as in Kona ({@code _foo}); with one it is the verb _ and a name ({@code _x}).
     */
    /**
     * Kona lexes an underscore and letters as one reserved name: an unknown one of one letter
     * ({@code _x}) is a name that is never defined (a value error), a longer one a reserved error.
     */
    private static void splitReserved(Token t, List<Token> out) {
        String text = t.getText();
        if (text.length() > 2) throw new KError.Reserved();
        out.add(piece(t, KLexer.NAME, text, t.getStartIndex(), t.getStopIndex()));
    }

    /**
     * Reserved names Kona cannot parse: one written against a number before it when it stands
     * for a value ({@code 1_x}, {@code 1_n}), or followed at once by a dotted name or a reserved
     * value ({@code _vs.a}, {@code _vs_a}; {@code _db_bd x} is two functions).
     */
    private static boolean badSysname(List<? extends Token> tokens, int k, Token prev) {
        Token t = tokens.get(k);
        if (nounSysname(t) && prev != null && prev.getType() == KLexer.NUMS && prev.getStopIndex() + 1 == t.getStartIndex()) return true;
        if (k + 1 >= tokens.size()) return false;
        Token next = tokens.get(k + 1);
        if (next.getStartIndex() != t.getStopIndex() + 1) return false;
        return next.getType() == KLexer.SYSNAME && nounSysname(next) || next.getType() == KLexer.NAME && next.getText().startsWith(".");
    }

    /** A reserved name standing for a value: a system value ({@code _n}) or an unknown {@code _x}. */
    private static boolean nounSysname(Token t) {
        int id = SysFns.id(t.getText());
        return id < 0 ? t.getText().length() == 2 : SysFns.get(id).valence() == 0;
    }

    /**
     * Whether a minus written right after a token of this type is the verb (1-2, a[0]-1, `a-1):
     * after a number, a name, a symbol or a closing bracket or parenthesis. After a string or a
     * lambda's brace, as anywhere else, -2 is a number, as Kona lexes it ("ab"-1 indexes, {x}-1 applies).
     */
    private static boolean endsNoun(int type) {
        return switch (type) {
            case KLexer.NUMS, KLexer.SYMS, KLexer.NAME, KLexer.SYSNAME, KLexer.RPAREN, KLexer.RBRACK -> true;
            default -> false;
        };
    }

    private static Token piece(Token from, int type, String text, int start, int stop) {
        CommonToken t = new CommonToken(from);
        t.setType(type);
        t.setText(text);
        t.setStartIndex(start);
        t.setStopIndex(stop);
        return t;
    }
}

package kj.parse;

import java.util.ArrayList;
import java.util.List;
import kj.grammar.KLexer;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Settles what the lexer cannot see: a minus sign written right after a noun ({@code x-1},
 * {@code a[0]-2}) is the verb minus, not the sign of a negative number.
 */
final class TokenFilter {
    private TokenFilter() {}

    static List<Token> apply(List<? extends Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        Token prev = null;
        for (Token t : tokens) {
            if (t.getType() == KLexer.SYSNAME && Reserved.id(t.getText()) < 0) {
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

    /**
     * An underscore run that is not a reserved name: the longest reserved name it starts with
     * (Kona reads {@code _vsx} as {@code _vs}, dropping the rest), or else the verb _ and a name
     * ({@code _x}).
     */
    private static void splitReserved(Token t, List<Token> out) {
        String text = t.getText();
        int cut = 1;
        for (int i = text.length() - 1; i > 1; i--) {
            if (Reserved.id(text.substring(0, i)) >= 0) {
                cut = i;
                break;
            }
        }
        int start = t.getStartIndex();
        out.add(piece(t, cut == 1 ? KLexer.VERB : KLexer.SYSNAME, text.substring(0, cut), start, start + cut - 1));
        if (cut == 1) out.add(piece(t, KLexer.NAME, text.substring(cut), start + cut, t.getStopIndex()));
    }

    private static boolean endsNoun(int type) {
        return switch (type) {
            case KLexer.NUMS, KLexer.STRING, KLexer.SYMS, KLexer.NAME, KLexer.SYSNAME,
                 KLexer.RPAREN, KLexer.RBRACK, KLexer.RBRACE -> true;
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

package kj.parse;

import java.util.List;
import kj.error.KError;
import kj.grammar.KLexer;
import kj.grammar.KParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Source text to AST. Any lexical or syntax error is K's parse error. */
public final class Parser {
    private Parser() {}

    private static final BaseErrorListener FAIL = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg,
                                RecognitionException e) {
            throw KError.parse();
        }
    };

    /** Drops a comment on the first line (the lexer sees only those after a newline) and trailing newlines. */
    private static String stripEnds(String source) {
        String s = source;
        if (s.startsWith("/")) {
            int nl = s.indexOf('\n');
            s = nl < 0 ? "" : " ".repeat(nl) + s.substring(nl);
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        return s.substring(0, end);
    }

    /** A closing bracket with no opening one, or of another kind than the one open: Kona's unmatched error. */
    private static void checkBrackets(List<? extends Token> tokens) {
        StringBuilder open = new StringBuilder();
        for (Token t : tokens) {
            int type = t.getType();
            if (type == KLexer.LPAREN || type == KLexer.LBRACK || type == KLexer.LBRACE) {
                open.append(t.getText());
            } else if (type == KLexer.RPAREN || type == KLexer.RBRACK || type == KLexer.RBRACE) {
                String pair = type == KLexer.RPAREN ? "(" : type == KLexer.RBRACK ? "[" : "{";
                if (open.isEmpty() || !open.substring(open.length() - 1).equals(pair)) throw KError.of("unmatched");
                open.setLength(open.length() - 1);
            }
        }
    }

    /** Parses one chunk of source (one or more lines) into a statement sequence. */
    public static Node parse(String source) { return parse(Source.of(source)); }

    /** Parses a chunk read from a file or typed; its nodes keep offsets into its text. */
    public static Node parse(Source source) { return parse(source, null); }

    /**
     * Parses a chunk as typed or read from a script: a closing bracket with no opening one, or of
     * another kind, is Kona's unmatched error there (in text run by {@code .} it is a parse error).
     */
    public static Node parseLine(Source source) { return parse(source, null, true); }

    /** Parses text whose names are first the locals of {@code scope} (a suspended lambda's), then globals. */
    public static Node parse(Source source, Code scope) { return parse(source, scope, false); }

    private static Node parse(Source source, Code scope, boolean line) {
        String text = stripEnds(source.text());
        Source stripped = new Source(text, source.file(), source.firstLine());
        KLexer lexer = new KLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(FAIL);
        List<? extends Token> tokens = lexer.getAllTokens();
        if (line) checkBrackets(tokens);
        ListTokenSource src = new ListTokenSource(TokenFilter.apply(tokens));
        KParser parser = new KParser(new CommonTokenStream(src));
        parser.removeErrorListeners();
        parser.addErrorListener(FAIL);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        KParser.ProgramContext tree = parser.program();
        return new AstBuilder(stripped, scope).program(tree);
    }
}

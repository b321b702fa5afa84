// K3 as Kona reads it. No actions: context the lexer cannot see (is "-1" a negative number
// or minus one?) is settled by the interpreter's token filter, and the right-to-left
// structure of an expression by its AST builder.
grammar K;

// A chunk of source: lines of expressions separated by newlines or semicolons.
program  : body EOF ;
body     : expr? ((SEMI | NL) expr?)* ;

// An expression is a run of parts, bound right to left by the AST builder. A leading ' is a
// signal ('"bad" raises bad error); the builder rejects other leading adverbs.
expr     : ADVERB? part+ ;
part     : atom postfix* ;
postfix  : ADVERB                         # adverbPost
         | LBRACK body RBRACK             # argsPost
         ;
atom     : NUMS                           # nums
         | STRING                         # string
         | SYMS                           # syms
         | NAME                           # name
         | SYSNAME                        # sysname
         | verb                           # verbAtom
         | LPAREN body RPAREN             # parens
         | LBRACE params? body RBRACE     # lambda
         ;
verb     : VERB | COLON | DCOLON | IOVERB ;
params   : LBRACK (NAME (SEMI NAME)*)? RBRACK ;

// ---- lexer ----
// a number's dot starting a new number needs no blank before it: 1.5.5 is 1.5 0.5, 3..5 is 3 0.5, as in Kona
NUMS     : NUM ([ \t]+ NUM | '.' DIGITS EXP?)* ;
fragment NUM    : '-'? (DIGITS ('.' DIGITS?)? EXP? | '.' DIGITS EXP? | '0' [NnIi]) ;
fragment DIGITS : [0-9]+ ;
fragment EXP    : [eE] '-'? DIGITS ;   // no '+': 1e+2 is a parse error in Kona

STRING   : '"' ('\\' . | ~["\\])* '"' ;
SYMS     : SYM ([ \t]* SYM)* ;
fragment SYM    : '`' (SYMCHARS | '"' ('\\' . | ~["\\])* '"')? ;
// a dot inside a symbol must lead to a letter: `a.1 is `a. then 1, as in Kona
fragment SYMCHARS : ([a-zA-Z_] | '.' [a-zA-Z_]) ([a-zA-Z0-9_] | '.' [a-zA-Z_])* '.'? ;

NAME     : '.'? ALPHA NAMECHAR* ('.' '.'? ALPHA NAMECHAR*)* '.'? ;   // a..t: attribute t of a; a. its attributes
SYSNAME  : '_' [a-zA-Z]+ ;
fragment ALPHA  : [a-zA-Z] ;
fragment NAMECHAR : [a-zA-Z0-9_] ;

IOVERB   : [0-6] ':' ':'? ;
DCOLON   : '::' ;
VERB     : [+\-*%|&^!<>=~@?_,#$.] ':'? ;
COLON    : ':' ;
ADVERB   : '/:' | '\\:' | '\':' | '/' | '\\' | '\'' ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
SEMI     : ';' ;

// A slash after white space, or at the start of a line, starts a comment.
LINE_COMMENT : '\r'? '\n' [ \t]* '/' ~[\r\n]* -> type(NL) ;
COMMENT  : [ \t]+ '/' ~[\r\n]* -> skip ;
NL       : '\r'? '\n' ;
WS       : [ \t]+ -> skip ;

/*
 * The tokens of Python 3.11 (CPython's Grammar/Tokens and Lib/tokenize.py are the reference).
 * Indentation, implicit line joining and blank lines are handled by PythonLexerBase,
 * which turns raw NEWLINE tokens into NEWLINE/INDENT/DEDENT as CPython's tokenizer does.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Keywords (soft keywords `match`, `case`, `_` are NAMEs).
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

NAME : ID_START ID_CONTINUE*;

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING);

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER;

// A string that ends at a line end (short) or at the end of input (triple-quoted) without its
// closing quotes. A terminated string is always one match longer, so this only wins when the
// quote is really missing; PythonLexerBase reports it as CPython does.
UNTERMINATED_STRING
 : STRING_PREFIX? ( '\'' ( STRING_ESCAPE_SEQ | ~[\\\r\n'] )*
                  | '"' ( STRING_ESCAPE_SEQ | ~[\\\r\n"] )*
                  | '\'\'\'' ( '\''? '\''? ( STRING_ESCAPE_SEQ | ~[\\'] ) )* ( '\'' | '\'\'' )? EOF
                  | '"""' ( '"'? '"'? ( STRING_ESCAPE_SEQ | ~[\\"] ) )* ( '"' | '""' )? EOF
                  )
 ;

// Operators and delimiters; the longest match wins.
ELLIPSIS      : '...';
DOT           : '.';
STAR          : '*';
OPEN_PAREN    : '(' {openBracket();};
CLOSE_PAREN   : ')' {closeBracket();};
COMMA         : ',';
COLON         : ':';
SEMI_COLON    : ';';
POWER         : '**';
ASSIGN        : '=';
OPEN_BRACK    : '[' {openBracket();};
CLOSE_BRACK   : ']' {closeBracket();};
OR_OP         : '|';
XOR           : '^';
AND_OP        : '&';
LEFT_SHIFT    : '<<';
RIGHT_SHIFT   : '>>';
ADD           : '+';
MINUS         : '-';
DIV           : '/';
MOD           : '%';
IDIV          : '//';
NOT_OP        : '~';
OPEN_BRACE    : '{' {openBracket();};
CLOSE_BRACE   : '}' {closeBracket();};
LESS_THAN     : '<';
GREATER_THAN  : '>';
EQUALS        : '==';
GT_EQ         : '>=';
LT_EQ         : '<=';
NOT_EQ        : '!=';
AT            : '@';
ARROW         : '->';
WALRUS        : ':=';
ADD_ASSIGN    : '+=';
SUB_ASSIGN    : '-=';
MULT_ASSIGN   : '*=';
AT_ASSIGN     : '@=';
DIV_ASSIGN    : '/=';
MOD_ASSIGN    : '%=';
AND_ASSIGN    : '&=';
OR_ASSIGN     : '|=';
XOR_ASSIGN    : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN  : '**=';
IDIV_ASSIGN   : '//=';

NEWLINE : '\r\n' | '\r' | '\n';

// Whitespace, comments and backslash continuations never reach the parser.
SKIP_ : ( SPACES | COMMENT ) -> skip;
CONTINUATION_ : LINE_JOINING {continuationSeen();} -> skip;

// Anything else is an error token; the parser reports it as a SyntaxError.
UNKNOWN_CHAR : . ;

fragment SPACES       : [ \t\f]+;
fragment COMMENT      : '#' ~[\r\n]*;
fragment LINE_JOINING : '\\' [ \t]* ('\r\n' | '\r' | '\n');

fragment STRING_PREFIX
 : [rRuUfFbB]
 | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB]
 ;
fragment SHORT_STRING
 : '\'' ( STRING_ESCAPE_SEQ | ~[\\\r\n'] )* '\''
 | '"'  ( STRING_ESCAPE_SEQ | ~[\\\r\n"] )* '"'
 ;
fragment LONG_STRING
 : '\'\'\'' LONG_STRING_ITEM*? '\'\'\''
 | '"""' LONG_STRING_ITEM*? '"""'
 ;
fragment LONG_STRING_ITEM : STRING_ESCAPE_SEQ | ~'\\' ;
fragment STRING_ESCAPE_SEQ : '\\' ( '\r\n' | . );

fragment INTEGER     : DEC_INTEGER | HEX_INTEGER | OCT_INTEGER | BIN_INTEGER;
fragment DEC_INTEGER : [1-9] ('_'? DIGIT)* | '0' ('_'? '0')*;
fragment HEX_INTEGER : '0' [xX] ('_'? [0-9a-fA-F])+;
fragment OCT_INTEGER : '0' [oO] ('_'? [0-7])+;
fragment BIN_INTEGER : '0' [bB] ('_'? [01])+;
fragment FLOAT_NUMBER   : POINT_FLOAT | EXPONENT_FLOAT;
fragment POINT_FLOAT    : DIGIT_PART? FRACTION | DIGIT_PART '.';
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) EXPONENT;
fragment DIGIT_PART     : DIGIT ('_'? DIGIT)*;
fragment FRACTION       : '.' DIGIT_PART;
fragment EXPONENT       : [eE] [+-]? DIGIT_PART;
fragment IMAG_NUMBER    : (FLOAT_NUMBER | DIGIT_PART) [jJ];
fragment DIGIT          : [0-9];

fragment ID_START    : [_\p{XID_Start}];
fragment ID_CONTINUE : [\p{XID_Continue}];

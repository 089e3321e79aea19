/*
 * Python 3.11 syntax, written after CPython's Grammar/python.gram.
 * Assignment targets are parsed as expressions and checked by AstBuilder (as CPython's
 * pre-PEG parser did), which gives CPython's "cannot assign to ..." messages a home.
 * This is the first slice: statements and expressions beyond it are added by the parser issue.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : (NEWLINE | statement)* EOF ;

eval_input : star_expressions NEWLINE* EOF ;

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI_COLON simple_stmt)* SEMI_COLON? NEWLINE ;

simple_stmt
 : expr_stmt
 | return_stmt
 | import_stmt
 | raise_stmt
 | pass_stmt
 | break_stmt
 | continue_stmt
 | global_stmt
 | nonlocal_stmt
 | del_stmt
 | assert_stmt
 ;

compound_stmt
 : function_def
 | if_stmt
 | while_stmt
 | for_stmt
 | try_stmt
 ;

// ---- simple statements ----

expr_stmt
 : star_expressions annotation=annassign_rest                              # AnnAssignStmt
 | star_expressions augassign (yield_expr | star_expressions)              # AugAssignStmt
 | star_expressions (ASSIGN (yield_expr | star_expressions))+              # AssignStmt
 | star_expressions                                                        # ExpressionStmt
 ;

annassign_rest : COLON expression (ASSIGN (yield_expr | star_expressions))? ;

augassign
 : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
 | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN
 | POWER_ASSIGN | IDIV_ASSIGN
 ;

return_stmt   : RETURN star_expressions? ;
raise_stmt    : RAISE (exc=expression (FROM cause=expression)?)? ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
global_stmt   : GLOBAL NAME (COMMA NAME)* ;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;
del_stmt      : DEL star_expressions ;
assert_stmt   : ASSERT test=expression (COMMA msg=expression)? ;

import_stmt
 : IMPORT dotted_as_name (COMMA dotted_as_name)*                           # ImportName
 | FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_from_targets           # ImportFrom
 | FROM (DOT | ELLIPSIS)+ IMPORT import_from_targets                       # ImportFromRelative
 ;
import_from_targets
 : OPEN_PAREN import_as_name (COMMA import_as_name)* COMMA? CLOSE_PAREN
 | import_as_name (COMMA import_as_name)*
 | STAR
 ;
import_as_name : NAME (AS alias=NAME)? ;
dotted_as_name : dotted_name (AS alias=NAME)? ;
dotted_name    : NAME (DOT NAME)* ;

// ---- compound statements ----

block : NEWLINE INDENT statement+ DEDENT | simple_stmts ;

function_def : decorator* ASYNC? DEF NAME OPEN_PAREN params? CLOSE_PAREN (ARROW ret=expression)? COLON block ;
decorator    : AT named_expression NEWLINE ;

// Parameters in any order; AstBuilder enforces CPython's order rules and messages.
params : param_item (COMMA param_item)* COMMA? ;
param_item
 : param (ASSIGN default_=expression)?                                     # PlainParam
 | STAR param?                                                             # StarParam
 | POWER param                                                             # KwParam
 | DIV                                                                     # SlashParam
 ;
param : NAME (COLON annotation=expression)? ;

if_stmt   : IF named_expression COLON block elif_stmt* else_block? ;
elif_stmt : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : ASYNC? FOR star_targets IN star_expressions COLON block else_block? ;

try_stmt
 : TRY COLON block (except_block+ else_block? finally_block? | finally_block)
 ;
except_block  : EXCEPT STAR? (expression (AS NAME)?)? COLON block ;
finally_block : FINALLY COLON block ;

// ---- expressions ----

star_targets : star_target (COMMA star_target)* COMMA? ;
star_target  : STAR? bitwise_or ;

star_expressions : star_expression (COMMA star_expression)* COMMA? ;
star_expression  : STAR bitwise_or | expression ;
star_named_expressions : star_named_expression (COMMA star_named_expression)* COMMA? ;
star_named_expression  : STAR bitwise_or | named_expression ;

named_expression : NAME WALRUS expression | expression ;

expression
 : disjunction (IF disjunction ELSE expression)?
 | lambdef
 ;

yield_expr : YIELD (FROM expression | star_expressions?) ;

lambdef : LAMBDA params? COLON expression ;

disjunction : conjunction (OR conjunction)* ;
conjunction : inversion (AND inversion)* ;
inversion   : NOT inversion | comparison ;

comparison : bitwise_or (comp_op bitwise_or)* ;
comp_op
 : EQUALS | NOT_EQ | LESS_THAN | LT_EQ | GREATER_THAN | GT_EQ
 | IN | NOT IN | IS | IS NOT
 ;

bitwise_or  : bitwise_xor (OR_OP bitwise_xor)* ;
bitwise_xor : bitwise_and (XOR bitwise_and)* ;
bitwise_and : shift_expr (AND_OP shift_expr)* ;
shift_expr  : sum (shift_op sum)* ;
shift_op    : LEFT_SHIFT | RIGHT_SHIFT ;
sum         : term (sum_op term)* ;
sum_op      : ADD | MINUS ;
term        : factor (term_op factor)* ;
term_op     : STAR | DIV | IDIV | MOD | AT ;
factor      : (ADD | MINUS | NOT_OP) factor | power ;
power       : await_primary (POWER factor)? ;
await_primary : AWAIT? primary ;

primary : atom trailer* ;
trailer
 : DOT NAME                                                                # AttributeTrailer
 | OPEN_PAREN arguments? CLOSE_PAREN                                       # CallTrailer
 | OPEN_BRACK slices CLOSE_BRACK                                           # SubscriptTrailer
 ;

arguments : argument (COMMA argument)* COMMA? ;
argument
 : NAME ASSIGN expression                                                  # KeywordArgument
 | STAR expression                                                         # StarArgument
 | POWER expression                                                        # DoubleStarArgument
 | named_expression                                                        # PositionalArgument
 ;

slices : slice (COMMA slice)* COMMA? ;
slice
 : lower=expression? COLON upper=expression? (COLON step=expression?)?     # SliceRange
 | named_expression                                                        # SliceIndex
 | STAR bitwise_or                                                         # SliceStarred
 ;

atom
 : NAME                                                                    # NameAtom
 | TRUE                                                                    # TrueAtom
 | FALSE                                                                   # FalseAtom
 | NONE                                                                    # NoneAtom
 | STRING+                                                                 # StringAtom
 | NUMBER                                                                  # NumberAtom
 | ELLIPSIS                                                                # EllipsisAtom
 | OPEN_PAREN (yield_expr | star_named_expressions)? CLOSE_PAREN          # ParenAtom
 | OPEN_BRACK star_named_expressions? CLOSE_BRACK                          # ListAtom
 | OPEN_BRACE dict_or_set? CLOSE_BRACE                                     # BraceAtom
 ;

dict_or_set
 : kvpair (COMMA kvpair)* COMMA?                                           # DictItems
 | star_named_expressions                                                  # SetItems
 ;
kvpair : key=expression COLON value=expression | POWER bitwise_or ;

/*
 * Python 3.11 syntax, written after CPython's Grammar/python.gram.
 * Kept SLL-friendly: assignment targets are parsed as expressions and checked by AstBuilder
 * (as CPython's pre-PEG parser did), which also gives "cannot assign to ..." messages a home.
 * Soft keywords (match, case, _) are NAMEs recognized by predicates.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; superClass = PythonParserBase; contextSuperClass = PyRuleContext; }

file_input : (NEWLINE | statement)* EOF ;

eval_input : star_expressions NEWLINE* EOF ;

/** One expression inside an f-string's braces (parsed as CPython does, in a second pass). */
fstring_replacement_input : star_expressions NEWLINE? EOF ;

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI_COLON simple_stmt)* SEMI_COLON? NEWLINE ;

simple_stmt
 : expr_stmt
 | return_stmt
 | import_stmt
 | raise_stmt
 | pass_stmt
 | del_stmt
 | yield_stmt
 | assert_stmt
 | break_stmt
 | continue_stmt
 | global_stmt
 | nonlocal_stmt
 ;

compound_stmt
 : function_def
 | if_stmt
 | class_def
 | with_stmt
 | for_stmt
 | try_stmt
 | while_stmt
 | match_stmt
 ;

// ---- simple statements ----

expr_stmt
 : star_expressions annassign_rest                                         # AnnAssignStmt
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
yield_stmt    : yield_expr ;
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
import_as_name : name=NAME (AS alias=NAME)? ;
dotted_as_name : dotted_name (AS alias=NAME)? ;
dotted_name    : NAME (DOT NAME)* ;

// ---- compound statements ----

block : NEWLINE INDENT statement+ DEDENT | simple_stmts ;

decorator : AT named_expression NEWLINE ;

class_def : decorator* CLASS NAME (OPEN_PAREN arguments? CLOSE_PAREN)? COLON block ;

function_def : decorator* ASYNC? DEF NAME OPEN_PAREN params? CLOSE_PAREN (ARROW ret=expression)? COLON block ;

// Parameters in any order; AstBuilder enforces CPython's order rules and messages.
params : param_item (COMMA param_item)* COMMA? ;
param_item
 : param (ASSIGN default_=expression)?                                     # PlainParam
 | STAR (param | starred_param)?                                           # StarParam
 | POWER param                                                             # KwParam
 | DIV                                                                     # SlashParam
 ;
param : NAME (COLON annotation=expression)? ;
/** 3.11 allows {@code *args: *Ts}. */
starred_param : NAME COLON STAR annotation=expression ;

lambda_params : lambda_param_item (COMMA lambda_param_item)* COMMA? ;
lambda_param_item
 : NAME (ASSIGN default_=expression)?                                      # LambdaPlainParam
 | STAR NAME?                                                              # LambdaStarParam
 | POWER NAME                                                              # LambdaKwParam
 | DIV                                                                     # LambdaSlashParam
 ;

if_stmt    : IF named_expression COLON block elif_stmt* else_block? ;
elif_stmt  : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : ASYNC? FOR star_targets IN star_expressions COLON block else_block? ;

with_stmt
 : ASYNC? WITH OPEN_PAREN with_item (COMMA with_item)* COMMA? CLOSE_PAREN COLON block
 | ASYNC? WITH with_item (COMMA with_item)* COLON block
 ;
with_item : expression (AS star_target)? ;

try_stmt : TRY COLON block (except_block+ else_block? finally_block? | finally_block) ;
except_block  : EXCEPT STAR? (expression (AS NAME)?)? COLON block ;
finally_block : FINALLY COLON block ;

// ---- match statement (soft keywords) ----

match_stmt : {isSoftKeyword("match")}? NAME subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;
subject_expr
 : star_named_expression COMMA star_named_expressions?
 | named_expression
 ;
case_block : {isSoftKeyword("case")}? NAME patterns guard? COLON block ;
guard : IF named_expression ;

patterns
 : open_sequence_pattern
 | pattern
 ;
pattern : or_pattern (AS capture=NAME)? ;
or_pattern : closed_pattern (OR_OP closed_pattern)* ;
closed_pattern
 : literal_pattern                                                         # LiteralPattern
 | name_or_attr OPEN_PAREN class_pattern_args? CLOSE_PAREN                 # ClassPattern
 | name_or_attr                                                            # CaptureOrValuePattern
 | OPEN_PAREN pattern CLOSE_PAREN                                          # GroupPattern
 | OPEN_BRACK maybe_sequence_pattern? CLOSE_BRACK                          # ListSequencePattern
 | OPEN_PAREN open_sequence_pattern? CLOSE_PAREN                           # TupleSequencePattern
 | OPEN_BRACE mapping_items? CLOSE_BRACE                                   # MappingPattern
 ;
literal_pattern
 : signed_number ((ADD | MINUS) NUMBER)?
 | STRING+
 | NONE
 | TRUE
 | FALSE
 ;
signed_number : MINUS? NUMBER ;
name_or_attr : NAME (DOT NAME)* ;
open_sequence_pattern : maybe_star_pattern COMMA maybe_sequence_pattern? ;
maybe_sequence_pattern : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA? ;
maybe_star_pattern : STAR NAME | pattern ;
mapping_items : mapping_item (COMMA mapping_item)* COMMA? ;
mapping_item
 : (literal_pattern | name_or_attr) COLON pattern
 | POWER NAME
 ;
class_pattern_args : class_pattern_arg (COMMA class_pattern_arg)* COMMA? ;
class_pattern_arg : (NAME ASSIGN)? pattern ;

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

lambdef : LAMBDA lambda_params? COLON expression ;

disjunction : conjunction (OR conjunction)* ;
conjunction : inversion (AND inversion)* ;
inversion   : NOT inversion | comparison ;

comparison : bitwise_or (comp_op bitwise_or)* ;
comp_op
 : EQUALS | NOT_EQ | LESS_THAN | LT_EQ | GREATER_THAN | GT_EQ
 | IN | NOT IN | IS | IS NOT
 ;

// The binary operators from '|' down to '**', unary operators and await, as one left-recursive
// rule: ANTLR climbs precedence within it instead of nesting a rule per level (earlier
// alternatives bind tighter), which keeps the parse tree, and the time to build it, small.
bitwise_or
 : AWAIT? primary                                                          # PrimaryOperand
 | <assoc=right> bitwise_or POWER bitwise_or                               # PowerOp
 | (ADD | MINUS | NOT_OP) bitwise_or                                       # UnaryOp
 | bitwise_or (STAR | DIV | IDIV | MOD | AT) bitwise_or                    # TermOp
 | bitwise_or (ADD | MINUS) bitwise_or                                     # SumOp
 | bitwise_or (LEFT_SHIFT | RIGHT_SHIFT) bitwise_or                        # ShiftOp
 | bitwise_or AND_OP bitwise_or                                            # BitAndOp
 | bitwise_or XOR bitwise_or                                               # BitXorOp
 | bitwise_or OR_OP bitwise_or                                             # BitOrOp
 ;

primary : atom trailer* ;
trailer
 : DOT NAME                                                                # AttributeTrailer
 | OPEN_PAREN named_expression for_if_clauses CLOSE_PAREN                  # GenexpCallTrailer
 | OPEN_PAREN arguments? CLOSE_PAREN                                       # CallTrailer
 | OPEN_BRACK slices CLOSE_BRACK                                           # SubscriptTrailer
 ;

arguments : argument (COMMA argument)* COMMA? ;
argument
 : NAME ASSIGN expression                                                  # KeywordArgument
 | STAR expression                                                         # StarArgument
 | POWER expression                                                        # DoubleStarArgument
 | named_expression for_if_clauses                                         # GenexpArgument
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
 | OPEN_PAREN (yield_expr | named_expression for_if_clauses) CLOSE_PAREN    # GenexpOrYieldAtom
 | OPEN_PAREN star_named_expressions? CLOSE_PAREN                          # ParenAtom
 | OPEN_BRACK named_expression for_if_clauses CLOSE_BRACK                  # ListCompAtom
 | OPEN_BRACK star_named_expressions? CLOSE_BRACK                          # ListAtom
 | OPEN_BRACE kvpair for_if_clauses CLOSE_BRACE                            # DictCompAtom
 | OPEN_BRACE named_expression for_if_clauses CLOSE_BRACE                  # SetCompAtom
 | OPEN_BRACE dict_or_set? CLOSE_BRACE                                     # BraceAtom
 ;

for_if_clauses : for_if_clause+ ;
for_if_clause : ASYNC? FOR star_targets IN disjunction (IF disjunction)* ;

dict_or_set
 : kvpair (COMMA kvpair)* COMMA?                                           # DictItems
 | star_named_expressions                                                  # SetItems
 ;
kvpair : key=expression COLON value=expression | POWER bitwise_or ;

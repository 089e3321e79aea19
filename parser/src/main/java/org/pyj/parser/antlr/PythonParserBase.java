package org.pyj.parser.antlr;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/** Support for the grammar's predicates: Python's soft keywords are NAME tokens with a given text. */
public abstract class PythonParserBase extends Parser {
    protected PythonParserBase(TokenStream input) {
        super(input);
    }

    protected boolean isSoftKeyword(String keyword) {
        return keyword.equals(_input.LT(1).getText());
    }
}

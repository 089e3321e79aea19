/** The Python 3.11 parser: source text to a CPython-shaped AST. Knows nothing of Truffle. */
module org.pyj.parser {
    requires org.antlr.antlr4.runtime;
    requires java.management; // peak heap figures of the corpus tool

    exports org.pyj.parser;
    exports org.pyj.parser.ast;
    exports org.pyj.parser.tools;
}

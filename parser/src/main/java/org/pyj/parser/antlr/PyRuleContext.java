package org.pyj.parser.antlr;

import java.util.ArrayList;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of every parse tree node. Most nodes of Python's deep expression chain have one or
 * two children; ANTLR's default child list starts at ten slots, which made allocation the top
 * cost of parsing. A list sized for two is enough for most and grows when needed.
 */
public class PyRuleContext extends ParserRuleContext {
    public PyRuleContext() {
    }

    public PyRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }
}

package org.pyj.interpreter.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of every pyj node. A node that a traceback or a debugger can point at records the
 * lines it spans; the section is made lazily from the root's source.
 */
@TypeSystemReference(PyjTypes.class)
public abstract class PyjNode extends Node {
    private int startLine;
    private int endLine;
    /** UTF-8 byte columns as in the AST, for the markers under a traceback's line; -1 if unknown. */
    private int startCol = -1;
    private int endCol = -1;

    public final void setLines(int start, int end) {
        this.startLine = start;
        this.endLine = end;
    }

    public final void setPosition(int start, int startColumn, int end, int endColumn) {
        setLines(start, end);
        this.startCol = startColumn;
        this.endCol = endColumn;
    }

    public final int getStartLine() {
        return startLine;
    }

    public final int getEndLine() {
        return endLine;
    }

    public final int getStartColumn() {
        return startCol;
    }

    public final int getEndColumn() {
        return endCol;
    }

    @Override
    public SourceSection getSourceSection() {
        if (startLine <= 0) {
            return null;
        }
        SourceSection rootSection = getRootNode() == null ? null : getRootNode().getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        if (!source.hasCharacters() || endLine > source.getLineCount()) {
            return source.createUnavailableSection();
        }
        int startIndex = source.getLineStartOffset(startLine);
        int endIndex = source.getLineStartOffset(endLine) + source.getLineLength(endLine);
        return source.createSection(startIndex, endIndex - startIndex);
    }
}

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

    public final void setLines(int start, int end) {
        this.startLine = start;
        this.endLine = end;
    }

    public final int getStartLine() {
        return startLine;
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

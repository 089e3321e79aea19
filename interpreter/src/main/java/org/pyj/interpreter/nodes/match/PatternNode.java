package org.pyj.interpreter.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.nodes.PyjNode;

/**
 * One pattern of a {@code case}: tests the subject and, on success, fills the captured values
 * into {@code bindings} (one index per name the case's pattern binds; the case stores them after
 * the whole pattern matched).
 */
public abstract class PatternNode extends PyjNode {
    public abstract boolean match(VirtualFrame frame, Object subject, Object[] bindings);
}

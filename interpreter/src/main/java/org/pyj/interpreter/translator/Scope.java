package org.pyj.interpreter.translator;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/**
 * One code block during translation: its names' kinds (from {@link SymbolTable}) and its frame
 * layout. Locals, cells and free variables of a function get frame slots (a cell or free
 * variable's slot holds its {@code PCell}); module-level names live in the module's globals.
 * Hidden slots hold loop iterators.
 */
final class Scope {
    final Scope parent;
    final SymbolTable.Block block;
    final boolean isFunction;
    final String qualname;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    int loopDepth;
    /** In a generator function or coroutine: the frame slot holding the generator object; else -1. */
    int generatorSlot = -1;
    /**
     * How many suspension points (yield, yield from, await, and the implicit awaits of
     * async for/with) the code block has so far: each gets the next number, in source order.
     */
    int points;
    /** A function's first positional parameter: what zero-argument super() binds to. */
    String firstParameter;

    Scope(Scope parent, SymbolTable.Block block, String qualname) {
        this.parent = parent;
        this.block = block;
        this.isFunction = block.isFunction;
        this.qualname = qualname;
    }

    SymbolTable.Kind kindOf(String name) {
        return block.kindOf(name);
    }

    /** The frame slot of a local, cell or free variable. */
    int slotOf(String name) {
        return slots.computeIfAbsent(name, n -> frame.addSlot(FrameSlotKind.Illegal, n, null));
    }

    /** A frame slot of its own, for state the translator keeps hidden (for-loop iterators). */
    int addHiddenSlot() {
        return frame.addSlot(FrameSlotKind.Object, null, null);
    }
}

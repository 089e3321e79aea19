package org.pyj.interpreter.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.pyj.interpreter.runtime.PGenerator;

/** Shared helpers of the resumable statement nodes: the generator lives in a frame slot of its own. */
final class GeneratorNodes {
    private GeneratorNodes() {
    }

    static PGenerator generator(VirtualFrame frame, int generatorSlot) {
        return (PGenerator) frame.getObject(generatorSlot);
    }

    static boolean isResuming(VirtualFrame frame, int generatorSlot) {
        return generator(frame, generatorSlot).isResuming();
    }

    static int getState(VirtualFrame frame, int slot) {
        Object v = frame.getObject(slot);
        return v == null ? 0 : (Integer) v;
    }

    static void setState(VirtualFrame frame, int slot, int value) {
        frame.setObject(slot, value);
    }
}

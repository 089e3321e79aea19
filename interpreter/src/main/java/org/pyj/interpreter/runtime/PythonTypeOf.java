package org.pyj.interpreter.runtime;

import com.oracle.truffle.api.strings.TruffleString;

/** {@code type(x)} for every value representation the runtime has. */
public final class PythonTypeOf {
    private PythonTypeOf() {
    }

    public static PyType typeOf(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof PInt) {
            return BuiltinTypes.INT;
        } else if (o instanceof Boolean) {
            return BuiltinTypes.BOOL;
        } else if (o instanceof Double) {
            return BuiltinTypes.FLOAT;
        } else if (o instanceof TruffleString) {
            return BuiltinTypes.STR;
        } else if (o instanceof PComplex) {
            return BuiltinTypes.COMPLEX;
        } else if (o instanceof PNone) {
            return BuiltinTypes.NONE_TYPE;
        } else if (o instanceof PTuple) {
            return BuiltinTypes.TUPLE;
        } else if (o instanceof PFunction) {
            return BuiltinTypes.FUNCTION;
        } else if (o instanceof PBuiltinFunction f) {
            return f.getObjclass() == null ? BuiltinTypes.BUILTIN_FUNCTION
                    : f.isSlotWrapper() ? BuiltinTypes.WRAPPER_DESCRIPTOR : BuiltinTypes.METHOD_DESCRIPTOR;
        } else if (o instanceof PyType t) {
            return t.getMetaclass();
        } else if (o instanceof PythonObject p) {
            return p.getPythonType();
        } else if (o instanceof PMethod m) {
            if (m.getFunction() instanceof PBuiltinFunction f) {
                return f.getObjclass() != null && f.isSlotWrapper() ? BuiltinTypes.METHOD_WRAPPER : BuiltinTypes.BUILTIN_FUNCTION;
            }
            return BuiltinTypes.METHOD;
        } else if (o instanceof PIterator.ListIterator) {
            return BuiltinTypes.LIST_ITERATOR;
        } else if (o instanceof PIterator.JavaIterator j) {
            return j.getType();
        } else if (o instanceof PIterator.CallableIterator) {
            return BuiltinTypes.CALLABLE_ITERATOR;
        } else if (o instanceof PCell) {
            return BuiltinTypes.CELL;
        } else if (o instanceof PGenericAlias) {
            return BuiltinTypes.GENERIC_ALIAS;
        } else if (o instanceof PGenerator) {
            return BuiltinTypes.GENERATOR;
        } else if (o instanceof PCoroutine) {
            return BuiltinTypes.COROUTINE;
        } else if (o instanceof PAsyncGenerator) {
            return BuiltinTypes.ASYNC_GENERATOR;
        } else if (o instanceof PCoroutineWrapper) {
            return BuiltinTypes.COROUTINE_WRAPPER;
        } else if (o instanceof PAsyncGenAwaitable a) {
            return a.isThrow() ? BuiltinTypes.ASYNC_GENERATOR_ATHROW : BuiltinTypes.ASYNC_GENERATOR_ASEND;
        } else if (o instanceof PAnextAwaitable) {
            return BuiltinTypes.ANEXT_AWAITABLE;
        } else if (o instanceof PSlice) {
            return BuiltinTypes.SLICE;
        } else if (o instanceof PDescriptors.PClassMethod c) {
            return c.getObjclass() != null ? BuiltinTypes.CLASSMETHOD_DESCRIPTOR : BuiltinTypes.CLASSMETHOD;
        } else if (o instanceof PDescriptors.PStaticMethod) {
            return BuiltinTypes.STATICMETHOD;
        } else if (o instanceof PDescriptors.PSuper) {
            return BuiltinTypes.SUPER;
        } else if (o instanceof PDescriptors.PSlotMember) {
            return BuiltinTypes.MEMBER_DESCRIPTOR;
        } else if (o instanceof org.pyj.interpreter.lib.DictViews.View v) {
            return v.getType();
        } else if (o instanceof PRange || o instanceof PBigRange) {
            return BuiltinTypes.RANGE;
        } else if (o instanceof PModule) {
            return BuiltinTypes.MODULE;
        } else if (o instanceof PIterator.RangeIterator || o instanceof PIterator.BigRangeIterator) {
            return BuiltinTypes.RANGE_ITERATOR;
        } else if (o instanceof PIterator.SequenceIterator s) {
            return s.getSequence() instanceof PTuple ? BuiltinTypes.TUPLE_ITERATOR : BuiltinTypes.STR_ITERATOR;
        } else if (o == PSingleton.NOT_IMPLEMENTED) {
            return BuiltinTypes.NOT_IMPLEMENTED_TYPE;
        } else if (o == PSingleton.ELLIPSIS) {
            return BuiltinTypes.ELLIPSIS_TYPE;
        } else if (o instanceof PCode) {
            return BuiltinTypes.CODE;
        } else if (o instanceof PUnionType) {
            return BuiltinTypes.UNION_TYPE;
        } else if (o instanceof PFrame) {
            return BuiltinTypes.FRAME;
        } else if (o instanceof PDescriptors.PGetSetDescriptor g) {
            return g.isMember() ? BuiltinTypes.MEMBER_DESCRIPTOR : BuiltinTypes.GETSET_DESCRIPTOR;
        } else if (o instanceof PTraceback) {
            return BuiltinTypes.TRACEBACK;
        } else if (o instanceof org.pyj.interpreter.builtins.StructModule.PStruct) {
            return BuiltinTypes.STRUCT;
        } else if (o instanceof org.pyj.interpreter.builtins.PosixModule.PDirEntry) {
            return BuiltinTypes.DIR_ENTRY;
        } else if (o instanceof org.pyj.interpreter.builtins.ThreadModule.PLock) {
            return BuiltinTypes.THREAD_LOCK;
        } else if (o instanceof org.pyj.interpreter.builtins.ThreadModule.PRLock) {
            return BuiltinTypes.THREAD_RLOCK;
        } else if (o instanceof PSimpleNamespace) {
            return BuiltinTypes.SIMPLE_NAMESPACE;
        }
        return BuiltinTypes.OBJECT;
    }

    public static String typeName(Object o) {
        return typeOf(o).getName();
    }
}

package org.pyj.interpreter.lib;

import java.util.Iterator;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PIterator;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PyType;

/** {@code dict.keys()}, {@code values()}, {@code items()}: live views of a dict, and its iterators. */
public final class DictViews {
    private DictViews() {
    }

    public enum Kind {
        KEYS, VALUES, ITEMS
    }

    /** A view: iterating it walks the dict as it is then. */
    public static final class View implements TruffleObject {
        private final PDict dict;
        private final Kind kind;

        public View(PDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
        }

        public PDict getDict() {
            return dict;
        }

        public Kind getKind() {
            return kind;
        }

        public PyType getType() {
            return switch (kind) {
                case KEYS -> BuiltinTypes.DICT_KEYS;
                case VALUES -> BuiltinTypes.DICT_VALUES;
                case ITEMS -> BuiltinTypes.DICT_ITEMS;
            };
        }

        @TruffleBoundary
        public PIterator iterator() {
            Iterator<Map.Entry<PDict.Key, Object>> entries = dict.iterator();
            PyType type = switch (kind) {
                case KEYS -> BuiltinTypes.DICT_KEY_ITERATOR;
                case VALUES -> BuiltinTypes.DICT_VALUE_ITERATOR;
                case ITEMS -> BuiltinTypes.DICT_ITEM_ITERATOR;
            };
            Kind k = kind;
            Iterator<Object> values = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Object next() {
                    Map.Entry<PDict.Key, Object> e = entries.next();
                    return switch (k) {
                        case KEYS -> e.getKey().get();
                        case VALUES -> e.getValue();
                        case ITEMS -> new PTuple(new Object[]{e.getKey().get(), e.getValue()});
                    };
                }
            };
            return new PIterator.JavaIterator(values, type, dict::size, "dictionary");
        }
    }

    @TruffleBoundary
    public static PIterator keyIterator(PDict d) {
        return new View(d, Kind.KEYS).iterator();
    }
}

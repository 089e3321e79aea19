package org.pyj.parser;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pyj.parser.ast.Alias;
import org.pyj.parser.ast.Arg;
import org.pyj.parser.ast.Arguments;
import org.pyj.parser.ast.Boolop;
import org.pyj.parser.ast.Cmpop;
import org.pyj.parser.ast.Comprehension;
import org.pyj.parser.ast.ConstantValue;
import org.pyj.parser.ast.ExceptHandler;
import org.pyj.parser.ast.Expr;
import org.pyj.parser.ast.ExprContext;
import org.pyj.parser.ast.Keyword;
import org.pyj.parser.ast.MatchCase;
import org.pyj.parser.ast.Mod;
import org.pyj.parser.ast.Operator;
import org.pyj.parser.ast.Pattern;
import org.pyj.parser.ast.Pos;
import org.pyj.parser.ast.Stmt;
import org.pyj.parser.ast.Unaryop;
import org.pyj.parser.ast.WithItem;

/**
 * A compact binary form of our AST, for {@link AstCache}. Every node is a record: it is written
 * as its class's index and then its components in order, and read back through the canonical
 * constructor. The format changes whenever the AST classes do ({@link #FORMAT} is part of the
 * cache key), so a stale cache is never misread.
 */
final class AstSerializer {
    private static final byte NULL = 0;
    private static final byte NODE = 1;
    private static final byte LIST = 2;
    private static final byte STRING = 3;
    private static final byte INT = 4;
    private static final byte BIG_INT = 5;
    private static final byte DOUBLE = 6;
    private static final byte TRUE = 7;
    private static final byte FALSE = 8;
    private static final byte ENUM = 9;
    private static final byte POS = 10;
    private static final byte BYTES = 11;
    private static final byte CODE_POINTS = 12;

    private static final List<Class<?>> RECORDS = new ArrayList<>();
    private static final Map<Class<?>, Integer> INDEX = new HashMap<>();
    private static final List<MethodHandle> CONSTRUCTORS = new ArrayList<>();
    private static final List<RecordComponent[]> COMPONENTS = new ArrayList<>();
    @SuppressWarnings("rawtypes") private static final Class[] ENUMS = {ExprContext.class, Boolop.class, Operator.class,
        Unaryop.class, Cmpop.class, ConstantValue.Singleton.class};
    /** A digest of the node classes' shapes: part of every cache file's key. */
    static final String FORMAT;

    static {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> sealed : new Class<?>[]{Mod.class, Stmt.class, Expr.class, Pattern.class}) {
            for (Class<?> c : sealed.getPermittedSubclasses()) {
                all.add(c);
            }
        }
        all.addAll(List.of(Arguments.class, Arg.class, Keyword.class, Alias.class, WithItem.class, ExceptHandler.class,
                Comprehension.class, MatchCase.class, ConstantValue.Complex.class));
        StringBuilder shape = new StringBuilder();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Class<?> c : all) {
            RecordComponent[] comps = c.getRecordComponents();
            Class<?>[] types = new Class<?>[comps.length];
            shape.append(c.getName()).append('(');
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                shape.append(types[i].getName()).append(' ').append(comps[i].getName()).append(',');
            }
            shape.append(')');
            try {
                // (Object[]) -> Object, so reading a node is one exact invocation.
                MethodHandle ctor = lookup.unreflectConstructor(c.getDeclaredConstructor(types));
                CONSTRUCTORS.add(ctor.asType(ctor.type().generic()).asSpreader(Object[].class, comps.length));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
            INDEX.put(c, RECORDS.size());
            RECORDS.add(c);
            COMPONENTS.add(comps);
        }
        FORMAT = Integer.toHexString(shape.toString().hashCode());
    }

    private AstSerializer() {
    }

    static byte[] write(Mod.Module module) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        value(out, module);
        out.flush();
        return bytes.toByteArray();
    }

    static Mod.Module read(DataInputStream in) throws IOException {
        Object v = value(in);
        if (!(v instanceof Mod.Module m)) {
            throw new IOException("not a module");
        }
        return m;
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof Pos p) {
            out.writeByte(POS);
            varint(out, p.lineno());
            varint(out, p.colOffset());
            varint(out, p.endLineno());
            varint(out, p.endColOffset());
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(out, b.length);
            out.write(b);
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            varint(out, list.size());
            for (Object o : list) {
                value(out, o);
            }
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof BigInteger big) {
            out.writeByte(BIG_INT);
            byte[] b = big.toByteArray();
            varint(out, b.length);
            out.write(b);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToRawLongBits(d));
        } else if (v instanceof Enum<?> e) {
            out.writeByte(ENUM);
            out.writeByte(enumIndex(e.getDeclaringClass()));
            out.writeByte(e.ordinal());
        } else if (v instanceof ConstantValue.Bytes b) {
            out.writeByte(BYTES);
            varint(out, b.value().length);
            out.write(b.value());
        } else if (v instanceof ConstantValue.CodePoints c) {
            out.writeByte(CODE_POINTS);
            varint(out, c.value().length);
            for (int cp : c.value()) {
                varint(out, cp);
            }
        } else {
            Integer index = INDEX.get(v.getClass());
            if (index == null) {
                throw new IOException("cannot serialize " + v.getClass());
            }
            out.writeByte(NODE);
            varint(out, index);
            for (RecordComponent c : COMPONENTS.get(index)) {
                try {
                    value(out, c.getAccessor().invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IOException(e);
                }
            }
        }
    }

    private static int enumIndex(Class<?> c) {
        for (int i = 0; i < ENUMS.length; i++) {
            if (ENUMS[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException(c.getName());
    }

    private static Object value(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case POS:
                return new Pos(varint(in), varint(in), varint(in), varint(in));
            case STRING: {
                byte[] b = new byte[varint(in)];
                in.readFully(b);
                return new String(b, StandardCharsets.UTF_8);
            }
            case LIST: {
                int n = varint(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in));
                }
                return list;
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case INT:
                return in.readInt();
            case BIG_INT: {
                byte[] b = new byte[varint(in)];
                in.readFully(b);
                return new BigInteger(b);
            }
            case DOUBLE:
                return Double.longBitsToDouble(in.readLong());
            case ENUM:
                return ENUMS[in.readByte()].getEnumConstants()[in.readByte()];
            case BYTES: {
                byte[] b = new byte[varint(in)];
                in.readFully(b);
                return new ConstantValue.Bytes(b);
            }
            case CODE_POINTS: {
                int[] cps = new int[varint(in)];
                for (int i = 0; i < cps.length; i++) {
                    cps[i] = varint(in);
                }
                return new ConstantValue.CodePoints(cps);
            }
            case NODE: {
                int index = varint(in);
                if (index < 0 || index >= RECORDS.size()) {
                    throw new IOException("corrupt AST cache: node " + index);
                }
                RecordComponent[] comps = COMPONENTS.get(index);
                Object[] args = new Object[comps.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = value(in);
                }
                try {
                    return (Object) CONSTRUCTORS.get(index).invokeExact(args);
                } catch (Throwable e) {
                    throw new IOException("corrupt AST cache", e);
                }
            }
            default:
                throw new IOException("corrupt AST cache: tag " + tag);
        }
    }

    private static void varint(DataOutputStream out, int v) throws IOException {
        int x = (v << 1) ^ (v >> 31);
        while ((x & ~0x7F) != 0) {
            out.writeByte((x & 0x7F) | 0x80);
            x >>>= 7;
        }
        out.writeByte(x);
    }

    private static int varint(DataInputStream in) throws IOException {
        int x = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            x |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift > 35) {
                throw new IOException("corrupt AST cache: varint");
            }
        }
        return (x >>> 1) ^ -(x & 1);
    }
}

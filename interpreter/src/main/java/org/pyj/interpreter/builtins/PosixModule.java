package org.pyj.interpreter.builtins;

import static org.pyj.interpreter.builtins.JavaBuiltin.given;
import static org.pyj.interpreter.builtins.JavaBuiltin.method;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PBytes;
import org.pyj.interpreter.runtime.PBytesLike;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PInt;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PTuple;
import org.pyj.interpreter.runtime.PValueInstance;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.runtime.PyType;
import org.pyj.interpreter.runtime.PythonTypeOf;

/**
 * The {@code posix} module, as far as {@code os} and the path functions need it so far: the
 * environment, the working directory, stat with all of its fields, directory listing and
 * scandir, creating, renaming and removing files and directories, process identity, urandom and
 * strerror. Files are reached through Truffle's file system (an embedder's I/O policy applies);
 * Java's I/O errors become OSError subclasses with the Linux errno. File-descriptor I/O and
 * processes come next.
 */
public final class PosixModule {
    private PosixModule() {
    }

    /** One entry of {@code scandir()} (os.DirEntry). */
    public static final class PDirEntry implements TruffleObject {
        final String name;
        final String path;
        final TruffleFile file;
        final boolean bytes;

        PDirEntry(String name, String path, TruffleFile file, boolean bytes) {
            this.name = name;
            this.path = path;
            this.file = file;
            this.bytes = bytes;
        }
    }

    public static PModule create(PyjContext context) {
        PModule module = context.newModule("posix");
        PyjContext.put(module, "__name__", PyStr.fromJava("posix"));
        PyType statResult = structType("stat_result", "os", BuiltinTypes.TUPLE);
        PyType terminalSize = structType("terminal_size", "os", BuiltinTypes.TUPLE);
        PyjContext.put(module, "stat_result", statResult);
        PyjContext.put(module, "terminal_size", terminalSize);
        PyjContext.put(module, "DirEntry", BuiltinTypes.DIR_ENTRY);
        PyjContext.put(module, "environ", environ(context));
        PyjContext.put(module, "_have_functions", new PList());
        PyjContext.put(module, "error", BuiltinTypes.OS_ERROR);
        long[] constants = {0, 4, 2, 1, 0, 1, 2, 64, 128, 512, 1024, 2048, 524288, 65536, 131072, 1, 0, 256};
        String[] names = {"F_OK", "R_OK", "W_OK", "X_OK", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC",
            "O_APPEND", "O_NONBLOCK", "O_CLOEXEC", "O_DIRECTORY", "O_NOFOLLOW", "WNOHANG", "EX_OK", "O_NOCTTY"};
        for (int i = 0; i < names.length; i++) {
            PyjContext.put(module, names[i], constants[i]);
        }
        PyType scandirIt = BuiltinTypes.SCANDIR_ITERATOR;
        context.defineMethods(scandirIt, IteratorBuiltins.iteratorMethods(scandirIt));
        context.defineMethods(scandirIt, List.of(
                method(scandirIt, "__enter__", "self", (loc, a) -> a[0]),
                method(scandirIt, "__exit__", "self, *args", (loc, a) -> PNone.NONE),
                method(scandirIt, "close", "self", (loc, a) -> PNone.NONE)));
        context.defineMethods(BuiltinTypes.DIR_ENTRY, List.of(
                method(BuiltinTypes.DIR_ENTRY, "is_dir", "self, /, *, follow_symlinks=True",
                        (loc, a) -> isDir(((PDirEntry) a[0]).file, followLinks(loc, a[1]))),
                method(BuiltinTypes.DIR_ENTRY, "is_file", "self, /, *, follow_symlinks=True",
                        (loc, a) -> isFile(((PDirEntry) a[0]).file, followLinks(loc, a[1]))),
                method(BuiltinTypes.DIR_ENTRY, "is_symlink", "self", (loc, a) -> isLink(((PDirEntry) a[0]).file)),
                method(BuiltinTypes.DIR_ENTRY, "name", "self", (loc, a) -> text(((PDirEntry) a[0]).name, ((PDirEntry) a[0]).bytes)),
                method(BuiltinTypes.DIR_ENTRY, "path", "self", (loc, a) -> text(((PDirEntry) a[0]).path, ((PDirEntry) a[0]).bytes)),
                method(BuiltinTypes.DIR_ENTRY, "stat", "self, /, *, follow_symlinks=True", (loc, a) -> {
                    PDirEntry e = (PDirEntry) a[0];
                    return stat(loc, statResult, e.file, e.path, followLinks(loc, a[1]));
                }),
                method(BuiltinTypes.DIR_ENTRY, "inode", "self", (loc, a) -> {
                    PDirEntry e = (PDirEntry) a[0];
                    return attribute(loc, e.file, e.path, TruffleFile.UNIX_INODE, false);
                }),
                method(BuiltinTypes.DIR_ENTRY, "__fspath__", "self", (loc, a) -> text(((PDirEntry) a[0]).path, ((PDirEntry) a[0]).bytes)),
                method(BuiltinTypes.DIR_ENTRY, "__repr__", "self", (loc, a) -> PyStr.fromJava("<DirEntry "
                        + PyStr.toJava(ObjectProtocol.repr(loc, text(((PDirEntry) a[0]).name, ((PDirEntry) a[0]).bytes))) + ">"))));
        for (String property : new String[]{"name", "path"}) {
            BuiltinTypes.DIR_ENTRY.define(property, new org.pyj.interpreter.runtime.PDescriptors.PProperty(BuiltinTypes.PROPERTY,
                    BuiltinTypes.DIR_ENTRY.getOwn(property), null, null, PNone.NONE));
        }
        for (BuiltinSpec spec : List.of(
                JavaBuiltin.function("getcwd", "", (loc, a) -> PyStr.fromJava(cwd(context))),
                JavaBuiltin.function("getcwdb", "", (loc, a) -> new PBytes(cwd(context).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                JavaBuiltin.function("chdir", "path", (loc, a) -> {
                    String p = path(loc, a[0]);
                    TruffleFile dir = file(loc, context, p);
                    if (!isDir(dir, true)) {
                        throw error(loc, dir.exists() ? 20 : 2, p);
                    }
                    try {
                        context.getEnv().setCurrentWorkingDirectory(dir.getCanonicalFile());
                    } catch (IOException | SecurityException e) {
                        throw error(loc, e, p);
                    }
                    return PNone.NONE;
                }),
                JavaBuiltin.function("fspath", "path", (loc, a) -> fspath(loc, a[0])),
                JavaBuiltin.function("stat", "path, *, dir_fd=None, follow_symlinks=True", (loc, a) -> {
                    String p = path(loc, a[0]);
                    return stat(loc, statResult, file(loc, context, p), p, followLinks(loc, a[2]));
                }),
                JavaBuiltin.function("lstat", "path, *, dir_fd=None", (loc, a) -> {
                    String p = path(loc, a[0]);
                    return stat(loc, statResult, file(loc, context, p), p, false);
                }),
                JavaBuiltin.function("listdir", "path=None", (loc, a) -> {
                    boolean bytes = a[0] instanceof PBytesLike;
                    String p = a[0] == PNone.NONE ? "." : path(loc, a[0]);
                    List<Object> out = new ArrayList<>();
                    for (TruffleFile f : list(loc, file(loc, context, p), p)) {
                        out.add(text(f.getName(), bytes));
                    }
                    return new PList(out.toArray());
                }),
                JavaBuiltin.function("scandir", "path=None", (loc, a) -> {
                    boolean bytes = a[0] instanceof PBytesLike;
                    String p = a[0] == PNone.NONE ? "." : path(loc, a[0]);
                    List<Object> entries = new ArrayList<>();
                    for (TruffleFile f : list(loc, file(loc, context, p), p)) {
                        String child = p.equals(".") && a[0] == PNone.NONE ? "./" + f.getName()
                                : (p.endsWith("/") ? p : p + "/") + f.getName();
                        entries.add(new PDirEntry(f.getName(), child, f, bytes));
                    }
                    return new org.pyj.interpreter.runtime.PIterator.JavaIterator(entries.iterator(), BuiltinTypes.SCANDIR_ITERATOR,
                            null, null);
                }),
                JavaBuiltin.function("mkdir", "path, mode=511, *, dir_fd=None", (loc, a) -> {
                    String p = path(loc, a[0]);
                    TruffleFile f = file(loc, context, p);
                    try {
                        f.createDirectory();
                    } catch (IOException | SecurityException e) {
                        throw error(loc, e, p);
                    }
                    return PNone.NONE;
                }),
                JavaBuiltin.function("rmdir", "path, *, dir_fd=None", (loc, a) -> {
                    String p = path(loc, a[0]);
                    TruffleFile f = file(loc, context, p);
                    if (!isDir(f, false)) {
                        throw error(loc, f.exists() ? 20 : 2, p);
                    }
                    delete(loc, f, p);
                    return PNone.NONE;
                }),
                JavaBuiltin.function("unlink", "path, *, dir_fd=None", (loc, a) -> unlink(loc, context, a[0])),
                JavaBuiltin.function("remove", "path, *, dir_fd=None", (loc, a) -> unlink(loc, context, a[0])),
                JavaBuiltin.function("rename", "src, dst, *, src_dir_fd=None, dst_dir_fd=None", (loc, a) -> move(loc, context, a[0], a[1])),
                JavaBuiltin.function("replace", "src, dst, *, src_dir_fd=None, dst_dir_fd=None", (loc, a) -> move(loc, context, a[0], a[1])),
                JavaBuiltin.function("access", "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True", (loc, a) -> {
                    TruffleFile f = file(loc, context, path(loc, a[0]));
                    long mode = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[1]);
                    try {
                        return f.exists() && ((mode & 4) == 0 || f.isReadable()) && ((mode & 2) == 0 || f.isWritable())
                                && ((mode & 1) == 0 || f.isExecutable());
                    } catch (SecurityException e) {
                        return false;
                    }
                }),
                JavaBuiltin.function("getpid", "", (loc, a) -> ProcessHandle.current().pid()),
                JavaBuiltin.function("getppid", "", (loc, a) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)),
                JavaBuiltin.function("cpu_count", "", (loc, a) -> (long) Runtime.getRuntime().availableProcessors()),
                JavaBuiltin.function("urandom", "size, /", (loc, a) -> {
                    long n = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[0]);
                    if (n < 0) {
                        throw PythonErrors.valueError(loc, "negative argument not allowed");
                    }
                    byte[] b = new byte[(int) n];
                    new java.security.SecureRandom().nextBytes(b);
                    return new PBytes(b);
                }),
                JavaBuiltin.function("strerror", "code, /", (loc, a) ->
                        PyStr.fromJava(strerror((int) org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[0])))),
                JavaBuiltin.function("putenv", "name, value, /", (loc, a) -> PNone.NONE),
                JavaBuiltin.function("unsetenv", "name, /", (loc, a) -> PNone.NONE),
                JavaBuiltin.function("umask", "mask, /", (loc, a) -> 18L),
                JavaBuiltin.function("isatty", "fd, /", (loc, a) -> false),
                JavaBuiltin.function("get_terminal_size", "fd=1, /", (loc, a) -> {
                    throw error(loc, 25, null);
                }),
                JavaBuiltin.function("write", "fd, data, /", (loc, a) -> {
                    long fd = org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[0]);
                    if (!(a[1] instanceof PBytesLike b) || (fd != 1 && fd != 2)) {
                        throw error(loc, 9, null);
                    }
                    java.io.PrintStream s = fd == 1 ? context.getStdout() : context.getStderr();
                    s.write(b.store(), 0, b.length());
                    s.flush();
                    return (long) b.length();
                }),
                JavaBuiltin.function("_exit", "status, /", (loc, a) -> {
                    context.flushStandardStreams();
                    Runtime.getRuntime().halt((int) org.pyj.interpreter.lib.PyObjectItems.asIndex(loc, a[0]));
                    return PNone.NONE;
                }))) {
            PyjContext.put(module, spec.name(), context.makeBuiltin(spec, "posix"));
        }
        return module;
    }

    /** A class deriving from tuple, named as CPython's struct sequences are (os.stat_result). */
    private static PyType structType(String name, String moduleName, PyType base) {
        PyType[] bases = {base};
        PyType t = new PyType(BuiltinTypes.TYPE, name, name, moduleName, bases, base);
        t.setMro(org.pyj.interpreter.runtime.Mro.compute(t, bases));
        t.define("__module__", PyStr.fromJava(moduleName));
        return t;
    }

    @TruffleBoundary
    private static String cwd(PyjContext context) {
        return context.getEnv().getCurrentWorkingDirectory().getPath();
    }

    /** posix.environ: bytes to bytes, as on POSIX. */
    @TruffleBoundary
    private static PDict environ(PyjContext context) {
        PDict d = new PDict();
        try {
            for (Map.Entry<String, String> e : context.getEnv().getEnvironment().entrySet()) {
                d.setItem(new PBytes(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        new PBytes(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        } catch (SecurityException e) {
            // no environment access
        }
        return d;
    }

    private static Object text(String s, boolean bytes) {
        return bytes ? new PBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : PyStr.fromJava(s);
    }

    /** os.fspath: str and bytes as they are, else __fspath__'s result. */
    @TruffleBoundary
    static Object fspath(Node loc, Object p) {
        if (p instanceof TruffleString || p instanceof PBytes) {
            return p;
        }
        Object m = ObjectProtocol.lookupSpecial(p, "__fspath__");
        if (m == null) {
            throw PythonErrors.typeError(loc, "expected str, bytes or os.PathLike object, not %s", PythonTypeOf.typeName(p));
        }
        Object r = ObjectProtocol.callSpecial(loc, m, p);
        if (!(r instanceof TruffleString || r instanceof PBytes)) {
            throw PythonErrors.typeError(loc, "expected %s.__fspath__() to return str or bytes, not %s", PythonTypeOf.typeName(p),
                    PythonTypeOf.typeName(r));
        }
        return r;
    }

    /** A path argument as text (str, bytes or os.PathLike). */
    @TruffleBoundary
    private static String path(Node loc, Object p) {
        Object v = fspath(loc, PValueInstance.unwrap(p));
        if (v instanceof TruffleString s) {
            return PyStr.toJava(s);
        }
        PBytesLike b = (PBytesLike) v;
        return new String(b.store(), 0, b.length(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean followLinks(Node loc, Object flag) {
        return !given(flag) || ObjectProtocol.isTrue(loc, flag);
    }

    @TruffleBoundary
    private static TruffleFile file(Node loc, PyjContext context, String path) {
        try {
            return context.getEnv().getPublicTruffleFile(path);
        } catch (SecurityException e) {
            throw error(loc, 13, path);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw error(loc, 2, path);
        }
    }

    @TruffleBoundary
    private static boolean isDir(TruffleFile f, boolean follow) {
        try {
            return follow ? f.isDirectory() : f.isDirectory(LinkOption.NOFOLLOW_LINKS);
        } catch (SecurityException e) {
            return false;
        }
    }

    @TruffleBoundary
    private static boolean isFile(TruffleFile f, boolean follow) {
        try {
            return follow ? f.isRegularFile() : f.isRegularFile(LinkOption.NOFOLLOW_LINKS);
        } catch (SecurityException e) {
            return false;
        }
    }

    @TruffleBoundary
    private static boolean isLink(TruffleFile f) {
        try {
            return f.isSymbolicLink();
        } catch (SecurityException e) {
            return false;
        }
    }

    @TruffleBoundary
    private static List<TruffleFile> list(Node loc, TruffleFile dir, String path) {
        try {
            List<TruffleFile> out = new ArrayList<>(dir.list());
            return out;
        } catch (IOException | SecurityException e) {
            throw error(loc, e, path);
        }
    }

    @TruffleBoundary
    private static Object unlink(Node loc, PyjContext context, Object arg) {
        String p = path(loc, arg);
        TruffleFile f = file(loc, context, p);
        if (isDir(f, false)) {
            throw error(loc, 21, p);
        }
        delete(loc, f, p);
        return PNone.NONE;
    }

    @TruffleBoundary
    private static void delete(Node loc, TruffleFile f, String p) {
        try {
            f.delete();
        } catch (IOException | SecurityException e) {
            throw error(loc, e, p);
        }
    }

    @TruffleBoundary
    private static Object move(Node loc, PyjContext context, Object src, Object dst) {
        String s = path(loc, src);
        String d = path(loc, dst);
        try {
            file(loc, context, s).move(file(loc, context, d), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SecurityException e) {
            throw error(loc, e, s, d);
        }
        return PNone.NONE;
    }

    /** os.stat: an os.stat_result with the 10 tuple items and every named field. */
    @TruffleBoundary
    private static Object stat(Node loc, PyType statResult, TruffleFile f, String path, boolean follow) {
        TruffleFile.AttributeDescriptor<?>[] wanted = {TruffleFile.UNIX_MODE, TruffleFile.UNIX_INODE, TruffleFile.UNIX_DEV,
            TruffleFile.UNIX_NLINK, TruffleFile.UNIX_UID, TruffleFile.UNIX_GID, TruffleFile.SIZE, TruffleFile.LAST_ACCESS_TIME,
            TruffleFile.LAST_MODIFIED_TIME, TruffleFile.UNIX_CTIME};
        TruffleFile.Attributes attrs;
        try {
            attrs = follow ? f.getAttributes(List.of(wanted)) : f.getAttributes(List.of(wanted), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            throw error(loc, e, path);
        }
        long mode = attrs.get(TruffleFile.UNIX_MODE);
        long ino = attrs.get(TruffleFile.UNIX_INODE);
        long dev = attrs.get(TruffleFile.UNIX_DEV);
        long nlink = attrs.get(TruffleFile.UNIX_NLINK);
        long uid = attrs.get(TruffleFile.UNIX_UID);
        long gid = attrs.get(TruffleFile.UNIX_GID);
        long size = attrs.get(TruffleFile.SIZE);
        FileTime atime = attrs.get(TruffleFile.LAST_ACCESS_TIME);
        FileTime mtime = attrs.get(TruffleFile.LAST_MODIFIED_TIME);
        FileTime ctime = attrs.get(TruffleFile.UNIX_CTIME);
        Object[] items = {mode, ino, dev, nlink, uid, gid, size, atime.to(java.util.concurrent.TimeUnit.SECONDS),
            mtime.to(java.util.concurrent.TimeUnit.SECONDS), ctime.to(java.util.concurrent.TimeUnit.SECONDS)};
        PValueInstance r = new PValueInstance(statResult, new PTuple(items));
        String[] names = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"};
        for (int i = 0; i < names.length; i++) {
            setField(r, names[i], items[i]);
        }
        put(r, "st_atime", atime);
        put(r, "st_mtime", mtime);
        put(r, "st_ctime", ctime);
        setField(r, "st_blksize", 4096L);
        setField(r, "st_blocks", (size + 511) / 512);
        setField(r, "st_rdev", 0L);
        return r;
    }

    private static void setField(PValueInstance r, String name, Object value) {
        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(r, name, value);
    }

    private static void put(PValueInstance r, String name, FileTime t) {
        java.time.Instant i = t.toInstant();
        setField(r, name, i.getEpochSecond() + i.getNano() / 1e9);
        setField(r, name + "_ns", PInt.normalize(java.math.BigInteger.valueOf(i.getEpochSecond())
                .multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano()))));
    }

    @TruffleBoundary
    private static Object attribute(Node loc, TruffleFile f, String path, TruffleFile.AttributeDescriptor<Long> a, boolean follow) {
        try {
            return follow ? f.getAttribute(a) : f.getAttribute(a, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | SecurityException e) {
            throw error(loc, e, path);
        }
    }

    /** OSError for a Java I/O failure: the errno it stands for, strerror's text, the file name(s). */
    @TruffleBoundary
    static PException error(Node loc, Exception e, String path, String... path2) {
        int errno;
        if (e instanceof NoSuchFileException) {
            errno = 2;
        } else if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            errno = 13;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = 17;
        } else if (e instanceof NotDirectoryException) {
            errno = 20;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = 39;
        } else {
            errno = 5;
        }
        return error(loc, errno, path, path2);
    }

    @TruffleBoundary
    static PException error(Node loc, int errno, String path, String... path2) {
        List<Object> args = new ArrayList<>(List.of((long) errno, PyStr.fromJava(strerror(errno))));
        if (path != null) {
            args.add(PyStr.fromJava(path));
            if (path2.length > 0) {
                args.add(PNone.NONE);
                args.add(PyStr.fromJava(path2[0]));
            }
        }
        Object[] a = args.toArray();
        PBaseException exc = new PBaseException(BuiltinTypes.osErrorSubclass(errno), new PTuple(a));
        return new PException(exc, loc);
    }

    /** strerror for the errno values Linux has (glibc's texts). */
    static String strerror(int errno) {
        return switch (errno) {
            case 0 -> "Success";
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 24 -> "Too many open files";
            case 25 -> "Inappropriate ioctl for device";
            case 28 -> "No space left on device";
            case 30 -> "Read-only file system";
            case 32 -> "Broken pipe";
            case 36 -> "File name too long";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            default -> "Unknown error " + errno;
        };
    }
}

package org.pyj.interpreter.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import org.pyj.interpreter.PyjContext;
import org.pyj.interpreter.PyjLanguage;
import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.exceptions.SyntaxErrors;
import org.pyj.interpreter.lib.Containers;
import org.pyj.interpreter.lib.ObjectProtocol;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PArguments;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PDict;
import org.pyj.interpreter.runtime.PInstanceDict;
import org.pyj.interpreter.runtime.PList;
import org.pyj.interpreter.runtime.PModule;
import org.pyj.interpreter.runtime.PNone;
import org.pyj.interpreter.runtime.PSimpleNamespace;
import org.pyj.interpreter.runtime.PyStr;
import org.pyj.interpreter.translator.NodeTranslator;
import org.pyj.parser.AstCache;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.SourceDecoder;
import org.pyj.parser.ast.Mod;

/**
 * The import system of one context: {@code sys.modules}, {@code sys.path}, the modules written in
 * Java, and the finding and loading of source modules and packages along {@code sys.path} (what
 * CPython's importlib does with its BuiltinImporter and PathFinder/FileFinder/SourceFileLoader).
 * Modules are found by name in {@code sys.modules} first, so a module placed there by hand is
 * what {@code import} gives; a package's submodules are searched on its {@code __path__}; a
 * module is in {@code sys.modules} while its body runs (circular imports see it half-made) and
 * taken out again if the body raises. Files are read through Truffle's file system (so an
 * embedder's I/O policy applies), and parsed ASTs are cached beside them ({@link AstCache}).
 */
public final class ImportSystem {
    private final PyjContext context;
    private final PDict modules = new PDict();
    private final PList path = new PList();
    private final Map<String, PModule> javaModules = new HashMap<>();

    public ImportSystem(PyjContext context) {
        this.context = context;
    }

    /** {@code sys.modules}. */
    public PDict getModules() {
        return modules;
    }

    /** {@code sys.path}. */
    public PList getPath() {
        return path;
    }

    /** A module written in Java (builtins, sys...): importable by name, and in sys.modules from the start. */
    @TruffleBoundary
    public void addJavaModule(String name, PModule module) {
        javaModules.put(name, module);
        modules.setItem(PyStr.fromJava(name), module);
    }

    /** The names of the modules written in Java (sys.builtin_module_names), sorted. */
    @TruffleBoundary
    public List<String> javaModuleNames() {
        List<String> names = new ArrayList<>(javaModules.keySet());
        java.util.Collections.sort(names);
        return names;
    }

    /** Appends a directory to sys.path. */
    @TruffleBoundary
    public void addPath(String dir) {
        path.append(PyStr.fromJava(dir));
    }

    /**
     * Imports the module with absolute name {@code name} (its parents first) and returns it:
     * what {@code importlib._bootstrap._gcd_import} does.
     */
    @TruffleBoundary
    public Object importModule(Node loc, String name) {
        Object found = modules.getItem(PyStr.fromJava(name));
        if (found != null) {
            if (found == PNone.NONE) {
                throw notFound(loc, name, "import of " + name + " halted; None in sys.modules");
            }
            return found;
        }
        int dot = name.lastIndexOf('.');
        List<String> searchPath;
        Object parent = null;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            parent = importModule(loc, parentName);
            found = modules.getItem(PyStr.fromJava(name));
            if (found != null) {
                return found; // importing the parent imported this one
            }
            Object parentPath = ObjectProtocol.lookupAttr(loc, parent, "__path__");
            if (parentPath == null) {
                throw notFound(loc, name, "No module named '" + name + "'; '" + parentName + "' is not a package");
            }
            searchPath = strings(loc, parentPath);
        } else {
            PModule javaModule = javaModules.get(name);
            if (javaModule != null) {
                modules.setItem(PyStr.fromJava(name), javaModule);
                return javaModule;
            }
            searchPath = strings(loc, path);
        }
        String tail = name.substring(dot + 1);
        Location where = find(tail, searchPath);
        if (where == null) {
            throw notFound(loc, name, "No module named '" + name + "'");
        }
        Object module = load(loc, name, where);
        if (parent != null) {
            ObjectProtocol.setAttr(loc, parent, tail, module);
        }
        return module;
    }

    /** Where a module was found: its source file (null for a namespace package) and, for a package, its directories. */
    private record Location(TruffleFile file, List<String> packagePath) {
    }

    /** FileFinder's search: a package directory with __init__.py, then name.py, in each entry; else a namespace package. */
    private Location find(String tail, List<String> searchPath) {
        List<String> namespacePortions = new ArrayList<>();
        for (String entry : searchPath) {
            try {
                Location found = findIn(entry, tail, namespacePortions);
                if (found != null) {
                    return found;
                }
            } catch (SecurityException e) {
                // The embedder's I/O policy hides this entry.
            }
        }
        return namespacePortions.isEmpty() ? null : new Location(null, namespacePortions);
    }

    /** One path entry: its package directory, then its module file; a bare directory is a namespace portion. */
    private Location findIn(String entry, String tail, List<String> namespacePortions) {
        TruffleFile dir = file(entry.isEmpty() ? "." : entry);
        if (dir == null || !dir.isDirectory()) {
            return null;
        }
        TruffleFile pkg = dir.resolve(tail);
        if (pkg.isDirectory()) {
            TruffleFile init = pkg.resolve("__init__.py");
            if (init.isRegularFile()) {
                return new Location(init, List.of(absolute(pkg)));
            }
        }
        TruffleFile source = dir.resolve(tail + ".py");
        if (source.isRegularFile()) {
            return new Location(source, null);
        }
        if (pkg.isDirectory()) {
            namespacePortions.add(absolute(pkg));
        }
        return null;
    }

    private TruffleFile file(String path) {
        try {
            return context.getEnv().getPublicTruffleFile(path);
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String absolute(TruffleFile f) {
        return f.getAbsoluteFile().normalize().getPath();
    }

    /** Makes the module, puts it in sys.modules, runs its body (taking it out again if that raises). */
    private Object load(Node loc, String name, Location where) {
        PModule module = context.newModule(name);
        boolean isPackage = where.packagePath() != null;
        int dot = name.lastIndexOf('.');
        String packageName = isPackage ? name : dot < 0 ? "" : name.substring(0, dot);
        String fileName = where.file() == null ? null : absolute(where.file());
        PyjContext.put(module, "__name__", PyStr.fromJava(name));
        PyjContext.put(module, "__doc__", PNone.NONE);
        PyjContext.put(module, "__package__", PyStr.fromJava(packageName));
        PyjContext.put(module, "__loader__", PNone.NONE);
        PyjContext.put(module, "__spec__", spec(name, fileName, where.packagePath(), packageName));
        if (isPackage) {
            Object[] dirs = new Object[where.packagePath().size()];
            for (int i = 0; i < dirs.length; i++) {
                dirs[i] = PyStr.fromJava(where.packagePath().get(i));
            }
            PyjContext.put(module, "__path__", new PList(dirs));
        }
        if (fileName != null) {
            PyjContext.put(module, "__file__", PyStr.fromJava(fileName));
            PyjContext.put(module, "__cached__", PNone.NONE);
        }
        PyjContext.put(module, "__builtins__", PInstanceDict.of(context.getBuiltins()));
        TruffleString key = PyStr.fromJava(name);
        modules.setItem(key, module);
        if (where.file() != null) {
            try {
                run(loc, module, where.file(), fileName);
            } catch (PException e) {
                modules.removeItem(key);
                throw e;
            }
        }
        Object result = modules.getItem(key);
        if (result == null) {
            throw PythonErrors.raise(loc, BuiltinTypes.KEY_ERROR, "%s", "'" + name + "'");
        }
        return result;
    }

    /** A module's __spec__: what importlib's ModuleSpec records (name, origin, parent, search locations). */
    private static Object spec(String name, String origin, List<String> packagePath, String parent) {
        PSimpleNamespace spec = new PSimpleNamespace();
        spec.getAttributes().put("name", PyStr.fromJava(name));
        spec.getAttributes().put("loader", PNone.NONE);
        spec.getAttributes().put("origin", origin == null ? PNone.NONE : PyStr.fromJava(origin));
        spec.getAttributes().put("parent", PyStr.fromJava(parent));
        spec.getAttributes().put("has_location", origin != null);
        spec.getAttributes().put("cached", PNone.NONE);
        Object locations = PNone.NONE;
        if (packagePath != null) {
            Object[] dirs = new Object[packagePath.size()];
            for (int i = 0; i < dirs.length; i++) {
                dirs[i] = PyStr.fromJava(packagePath.get(i));
            }
            locations = new PList(dirs);
        }
        spec.getAttributes().put("submodule_search_locations", locations);
        return spec;
    }

    /** Reads, parses (through the AST cache), translates and runs a module's source in the module. */
    private void run(Node loc, PModule module, TruffleFile file, String fileName) {
        byte[] bytes;
        try {
            bytes = file.readAllBytes();
        } catch (IOException | SecurityException e) {
            throw PythonErrors.raise(loc, BuiltinTypes.OS_ERROR, "%s", String.valueOf(e.getMessage()));
        }
        String text = SourceDecoder.decode(bytes);
        Source source = Source.newBuilder(PyjLanguage.ID, file).content(text).build();
        RootCallTarget code;
        try {
            Mod.Module ast = AstCache.parse(java.nio.file.Path.of(fileName), bytes);
            code = new NodeTranslator(context.getLanguage(), source).translateModule(ast, false);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(e, fileName, source);
        }
        ObjectProtocol.callTarget(loc, code, PArguments.create(module, null, 0));
    }

    /** The str entries of a path list (others are skipped, as PathFinder does). */
    private static List<String> strings(Node loc, Object pathList) {
        List<String> out = new ArrayList<>();
        for (Object o : Containers.toArray(loc, pathList)) {
            if (o instanceof TruffleString s) {
                out.add(PyStr.toJava(s));
            }
        }
        return out;
    }

    /** ModuleNotFoundError with its name, as importlib raises it. */
    public static PException notFound(Node loc, String name, String message) {
        PBaseException e = PythonErrors.withMessage(BuiltinTypes.MODULE_NOT_FOUND_ERROR, message);
        e.getImportError()[1] = PyStr.fromJava(name);
        return new PException(e, loc);
    }

    /**
     * {@code from module import name} for one name (importlib's _handle_fromlist and IMPORT_FROM):
     * the module's attribute, or else its submodule of that name, or an ImportError.
     */
    @TruffleBoundary
    public Object importFrom(Node loc, Object module, String name) {
        Object v = ObjectProtocol.lookupAttr(loc, module, name);
        if (v != null) {
            return v;
        }
        Object moduleName = module instanceof PModule m ? DynamicObjectLibrary.getUncached().getOrDefault(m, "__name__", null) : null;
        if (moduleName instanceof TruffleString mn && ObjectProtocol.lookupAttr(loc, module, "__path__") != null) {
            String full = PyStr.toJava(mn) + "." + name;
            try {
                importModule(loc, full);
            } catch (PException e) {
                if (!e.getPythonException().getType().isSubtypeOf(BuiltinTypes.MODULE_NOT_FOUND_ERROR)
                        || !(e.getPythonException().getImportError()[1] instanceof TruffleString n) || !PyStr.toJava(n).equals(full)) {
                    throw e;
                }
            }
            Object sub = modules.getItem(PyStr.fromJava(full));
            if (sub != null) {
                return sub;
            }
        }
        String modName = moduleName instanceof TruffleString mn ? PyStr.toJava(mn) : "<unknown module name>";
        Object file = module instanceof PModule m ? DynamicObjectLibrary.getUncached().getOrDefault(m, "__file__", null) : null;
        String where = file instanceof TruffleString f ? PyStr.toJava(f) : "unknown location";
        PBaseException e = PythonErrors.withMessage(BuiltinTypes.IMPORT_ERROR,
                "cannot import name '" + name + "' from '" + modName + "' (" + where + ")");
        e.getImportError()[1] = PyStr.fromJava(modName);
        e.getImportError()[2] = file instanceof TruffleString ? file : PNone.NONE;
        throw new PException(e, loc);
    }
}

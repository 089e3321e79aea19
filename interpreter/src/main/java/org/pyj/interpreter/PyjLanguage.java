package org.pyj.interpreter;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.source.Source;

import com.oracle.truffle.api.RootCallTarget;

import org.pyj.interpreter.exceptions.PException;
import org.pyj.interpreter.exceptions.PythonErrors;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.exceptions.SyntaxErrors;
import org.pyj.interpreter.exceptions.TracebackPrinter;
import org.pyj.interpreter.nodes.EntryRootNode;
import org.pyj.interpreter.translator.NodeTranslator;
import org.pyj.parser.PyParser;
import org.pyj.parser.PySyntaxError;
import org.pyj.parser.ast.Mod;

/**
 * pyj's Truffle language: Python 3.11 under the id {@code pyj}. Parsing a source gives a call
 * target that runs it as the {@code __main__} module.
 */
@TruffleLanguage.Registration(id = PyjLanguage.ID, name = "Python", implementationName = "pyj",
        version = PyjLanguage.PYTHON_VERSION, defaultMimeType = PyjLanguage.MIME_TYPE,
        characterMimeTypes = {PyjLanguage.MIME_TYPE, PyjLanguage.MAIN_MIME_TYPE},
        fileTypeDetectors = PyjFileTypeDetector.class, website = "https://github.com/pyj")
public final class PyjLanguage extends TruffleLanguage<PyjContext> {
    public static final String ID = "pyj";
    public static final String MIME_TYPE = "text/x-python";
    /**
     * How the launcher runs a program: as CPython's {@code Py_RunMain} does, printing an
     * uncaught exception's traceback and returning the process exit code instead of throwing.
     */
    public static final String MAIN_MIME_TYPE = "application/x-pyj-main";
    public static final String PYTHON_VERSION = "3.11.2";
    public static final String PYJ_VERSION = "0.1.0";

    private final Shape moduleShape = Shape.newBuilder().build();

    @Override
    protected PyjContext createContext(Env env) {
        return new PyjContext(this, env);
    }

    @Override
    protected org.graalvm.options.OptionDescriptors getOptionDescriptors() {
        return new PyjOptionsOptionDescriptors();
    }

    @Override
    protected void initializeContext(PyjContext context) {
        context.initialize();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        boolean asMain = MAIN_MIME_TYPE.equals(source.getMimeType());
        String fileName = TracebackPrinter.fileName(source);
        try {
            Mod.Module module = PyParser.parseModule(source.getCharacters().toString(), fileName);
            RootCallTarget code = new NodeTranslator(this, source).translateModule(module, !asMain);
            return new EntryRootNode(this, code, asMain, source.getPath() != null ? fileName : null, null).getCallTarget();
        } catch (StackOverflowError e) {
            // A program nested deeper than this thread's stack can parse: CPython's answer.
            PException error = PythonErrors.create(BuiltinTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded during compilation");
            if (!asMain) {
                throw error;
            }
            return new EntryRootNode(this, null, true, null, error).getCallTarget();
        } catch (PySyntaxError e) {
            PException error = SyntaxErrors.toPython(e, fileName, source);
            if (!asMain) {
                throw error;
            }
            // The launcher prints it like any uncaught exception, with exit code 1.
            return new EntryRootNode(this, null, true, null, error).getCallTarget();
        }
    }

    @Override
    protected void finalizeContext(PyjContext context) {
        context.flushStandardStreams();
    }

    public Shape getModuleShape() {
        return moduleShape;
    }
}

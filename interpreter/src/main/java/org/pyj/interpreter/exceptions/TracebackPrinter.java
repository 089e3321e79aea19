package org.pyj.interpreter.exceptions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.pyj.interpreter.formatting.ReprFormatter;
import org.pyj.interpreter.nodes.PyjNode;
import org.pyj.interpreter.nodes.PythonRootNode;
import org.pyj.interpreter.runtime.BuiltinTypes;
import org.pyj.interpreter.runtime.PBaseException;
import org.pyj.interpreter.runtime.PTuple;

/** Prints an uncaught exception as CPython's traceback.print_exception does. */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;

    private TracebackPrinter() {
    }

    /** One frame; {@code position} is the failing expression's (null if unknown), marked only when printed. */
    private record Entry(String file, int line, String name, String text, int[] position) {
        boolean sameAs(Entry o) {
            return o != null && o.file.equals(file) && o.line == line && o.name.equals(name);
        }
    }

    @TruffleBoundary
    public static void print(PrintStream err, PException e) {
        StringBuilder sb = new StringBuilder();
        appendChain(sb, e.getPythonException(), e, new java.util.IdentityHashMap<>(), true, new GroupContext());
        err.print(sb);
        err.flush();
    }

    /** CPython's limits on printing exception groups (max_group_width, max_group_depth). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /**
     * Where the printing is inside exception groups (traceback._ExceptionPrintContext): each
     * nesting level indents by two and draws a margin.
     */
    private static final class GroupContext {
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Appends {@code text} with every line behind the indentation and margin. */
        void emit(StringBuilder sb, String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, i, end);
                i = end;
            }
        }

        void emit(StringBuilder sb, String text) {
            emit(sb, text, '|');
        }
    }

    /** Earlier exceptions of the chain first, as traceback.print_exception does. */
    private static void appendChain(StringBuilder sb, PBaseException exc, PException carrier,
            java.util.IdentityHashMap<PBaseException, Boolean> seen, boolean last, GroupContext ctx) {
        seen.put(exc, true);
        PBaseException cause = exc.getCause();
        PBaseException context = exc.getContext();
        if (cause != null && !seen.containsKey(cause)) {
            appendChain(sb, cause, cause.getCarrier() instanceof PException p ? p : null, seen, false, ctx);
            ctx.emit(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !exc.isSuppressContext() && !seen.containsKey(context)) {
            appendChain(sb, context, context.getCarrier() instanceof PException p ? p : null, seen, false, ctx);
            ctx.emit(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        appendOne(sb, exc, carrier, last ? 0 : exc.getTracebackDepth(), seen, ctx);
    }

    /** One exception; {@code depth} limits a handled exception's frames to its __traceback__ (0: all). */
    private static void appendOne(StringBuilder sb, PBaseException exc, PException e, int depth,
            java.util.IdentityHashMap<PBaseException, Boolean> seen, GroupContext ctx) {
        List<Entry> entries = e == null ? new ArrayList<>() : entries(e);
        if (depth > 0 && depth < entries.size()) {
            // entries are outermost first; the traceback keeps the innermost `depth` frames.
            entries = entries.subList(entries.size() - depth, entries.size());
        }
        if (exc.isReraisedByExceptStar() && !entries.isEmpty()) {
            entries = entries.subList(0, entries.size() - 1);
        }
        PTuple group = exc.getGroupExceptions();
        if (group == null) {
            if (!entries.isEmpty()) {
                ctx.emit(sb, "Traceback (most recent call last):\n");
                ctx.emit(sb, frames(entries));
            }
            ctx.emit(sb, exceptionOnly(exc));
            return;
        }
        if (ctx.depth > MAX_GROUP_DEPTH) {
            ctx.emit(sb, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean topLevel = ctx.depth == 0;
        if (topLevel) {
            ctx.depth++;
        }
        if (!entries.isEmpty()) {
            ctx.emit(sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.emit(sb, frames(entries));
        }
        ctx.emit(sb, exceptionOnly(exc));
        int count = group.size();
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean lastExc = i == n - 1;
            if (lastExc) {
                ctx.needClose = true; // the closing line may be drawn by a nested group instead
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                PBaseException sub = (PBaseException) group.get(i);
                appendChain(sb, sub, sub.getCarrier() instanceof PException p ? p : null, seen, false, ctx);
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                ctx.emit(sb, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (lastExc && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (topLevel) {
            ctx.depth = 0;
        }
    }

    /** The exception's {@code __notes__} (add_note), one line each, after its message. */
    private static void appendNotes(StringBuilder sb, PBaseException exc) {
        Object notes = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(exc, "__notes__", null);
        if (notes == null) {
            return;
        }
        if (!(notes instanceof org.pyj.interpreter.runtime.PList || notes instanceof PTuple)) {
            String r;
            try {
                r = org.pyj.interpreter.runtime.PyStr.toJava(org.pyj.interpreter.lib.ObjectProtocol.repr(null, notes));
            } catch (PException e) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(r).append('\n');
            return;
        }
        for (Object note : org.pyj.interpreter.lib.Containers.toArray(null, notes)) {
            String text;
            try {
                text = org.pyj.interpreter.runtime.PyStr.toJava(org.pyj.interpreter.lib.ObjectProtocol.str(null, note));
            } catch (PException e) {
                text = "<note str() failed>";
            }
            for (String line : text.split("\n", -1)) {
                sb.append(line).append('\n');
            }
        }
    }

    /** The frames of a traceback, outermost first, with repeated frames folded. */
    private static String frames(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        Entry last = null;
        int repeated = 0;
        for (Entry entry : entries) {
            if (entry.sameAs(last)) {
                repeated++;
                if (repeated >= RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                appendRepeated(sb, repeated);
                repeated = 0;
            }
            last = entry;
            sb.append("  File \"").append(entry.file).append("\", line ").append(entry.line).append(", in ")
                    .append(entry.name).append('\n');
            if (entry.text != null && !entry.text.isBlank()) {
                sb.append("    ").append(withoutIndentation(entry.text)).append('\n');
                String markers = entry.position == null ? null
                        : ErrorLocationCarets.markers(entry.text, entry.position[0], entry.position[1],
                                entry.position[2], entry.position[3]);
                if (markers != null) {
                    sb.append(markers).append('\n');
                }
            }
        }
        appendRepeated(sb, repeated);
        return sb.toString();
    }

    /** traceback.format_exception_only: SyntaxError details, then "Type: message" with any suggestion. */
    private static String exceptionOnly(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (exc.getType().isSubtypeOf(BuiltinTypes.SYNTAX_ERROR)) {
            appendSyntaxErrorDetails(sb, exc);
        }
        sb.append(PException.lastLine(exc));
        String suggestion = NameSuggestions.forException(exc);
        if (suggestion != null) {
            sb.append(". Did you mean: '").append(suggestion).append("'?");
        }
        sb.append('\n');
        appendNotes(sb, exc);
        return sb.toString();
    }

    private static void appendRepeated(StringBuilder sb, int repeated) {
        if (repeated >= RECURSIVE_CUTOFF) {
            int more = repeated - RECURSIVE_CUTOFF + 1;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** SyntaxError args are (msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
    private static void appendSyntaxErrorDetails(StringBuilder sb, PBaseException exc) {
        PTuple args = exc.getArgs();
        if (args.size() < 2 || !(args.get(1) instanceof PTuple details) || details.size() < 4) {
            return;
        }
        sb.append("  File \"").append(ReprFormatter.str(details.get(0))).append("\", line ")
                .append(ReprFormatter.str(details.get(1))).append('\n');
        Object text = details.get(3);
        if (text instanceof com.oracle.truffle.api.strings.TruffleString) {
            appendErrorText(sb, exc, details, ReprFormatter.str(text));
        }
    }

    /**
     * The offending line and its carets, as pythonrun.c's print_error_text prints an uncaught
     * SyntaxError: only an exact SyntaxError uses end_offset (subclasses such as
     * IndentationError get one caret), and a range running onto later lines is marked to the
     * end of the first.
     */
    private static void appendErrorText(StringBuilder sb, PBaseException exc, PTuple details, String line) {
        long lineno = details.get(1) instanceof Number n ? n.longValue() : 0;
        long offset = details.get(2) instanceof Number n ? n.longValue() : -1;
        long endLineno = lineno;
        long endOffset = -1;
        if (exc.getType() == BuiltinTypes.SYNTAX_ERROR && details.size() >= 6) {
            endLineno = details.get(4) instanceof Number n ? n.longValue() : lineno;
            endOffset = details.get(5) instanceof Number n ? n.longValue() : -1;
        }
        int lineSize = line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (endLineno > lineno) {
            endOffset = lineSize;
        }
        if (endOffset > lineSize + 1) {
            endOffset = lineSize + 1;
        }
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        int indentation = ErrorLocationCarets.indentation(line);
        offset -= 1 + indentation;
        String shown = line.substring(indentation);
        int len = shown.endsWith("\n") ? shown.length() - 1 : shown.length();
        if (offset > len) {
            offset = len;
        }
        // An offset past an embedded newline points into a later line of the text: show that one.
        for (int nl = shown.indexOf('\n'); nl >= 0 && nl < offset; nl = shown.indexOf('\n')) {
            shown = shown.substring(nl + 1);
            offset -= nl + 1;
        }
        sb.append("    ").append(shown);
        if (!shown.endsWith("\n")) {
            sb.append('\n');
        }
        if (offset < 0) {
            return;
        }
        sb.append("    ").append(" ".repeat((int) offset)).append("^".repeat((int) Math.min(carets, 10_000))).append('\n');
    }

    private static List<Entry> entries(PException e) {
        List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(e);
        List<Entry> entries = new ArrayList<>();
        if (trace == null) {
            return entries;
        }
        for (TruffleStackTraceElement element : trace) {
            if (!(element.getTarget().getRootNode() instanceof PythonRootNode root)) {
                continue;
            }
            if (element.getLocation() instanceof PythonRootNode) {
                // Raised on entry (RecursionError): CPython's frame never started, so it is not shown.
                continue;
            }
            SourceSection rootSection = root.getSourceSection();
            String file = rootSection == null ? "<unknown>" : fileName(rootSection.getSource());
            Node location = element.getLocation();
            SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
            int line = section != null && section.isAvailable() ? section.getStartLine()
                    : rootSection != null ? rootSection.getStartLine() : 0;
            String text = null;
            // Like linecache, only sources backed by a file show their lines ("<string>" does not).
            if (rootSection != null && rootSection.getSource().getPath() != null
                    && rootSection.getSource().hasCharacters() && line >= 1
                    && line <= rootSection.getSource().getLineCount()) {
                text = rootSection.getSource().getCharacters(line).toString();
            }
            int[] position = null;
            PyjNode positioned = positioned(location);
            if (text != null && positioned != null && positioned.getStartLine() == line) {
                position = new int[]{positioned.getStartLine(), positioned.getStartColumn(), positioned.getEndLine(),
                        positioned.getEndColumn()};
            }
            entries.add(new Entry(file, line, root.getName(), text, position));
        }
        // TruffleStackTrace lists the innermost frame first; Python prints it last.
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** The line as CPython's traceback shows it: indentation removed, trailing blanks kept. */
    private static String withoutIndentation(String line) {
        int i = ErrorLocationCarets.indentation(line);
        int end = line.endsWith("\r") ? line.length() - 1 : line.length();
        return line.substring(i, Math.max(i, end));
    }

    /** The innermost node around {@code location} that knows its source position. */
    private static PyjNode positioned(Node location) {
        for (Node n = location; n != null; n = n.getParent()) {
            if (n instanceof PyjNode p && p.getStartLine() > 0) {
                return p;
            }
        }
        return null;
    }

    public static String fileName(Source source) {
        String path = source.getPath();
        return path != null ? path : source.getName();
    }
}

/** pyj's Truffle language (id "pyj"), its runtime and builtins, and the pyj launcher. */
module org.pyj.interpreter {
    requires org.pyj.parser;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;

    exports org.pyj.launcher;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.pyj.interpreter.PyjLanguageProvider;
}

package vn.vetflow.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.CamundaScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine's script engines (JSR 223), found after the start ({@link Deferred}): the engine's own resolver, whose
 * script engine manager instantiates every script engine factory on the class path as it is created, the FEEL
 * ones among them (about 320 classes, on the main thread). No process of ours runs a script.
 * {@link EngineConfiguration} builds it once the application is ready.
 */
final class DeferredScriptEngines implements ScriptEngineResolver {

    static final String THREAD = "script-engines";

    private final Deferred<ScriptEngineResolver> resolver = new Deferred<>(THREAD,
            () -> new DefaultScriptEngineResolver(new CamundaScriptEngineManager()));

    void buildAside() {
        resolver.buildAside();
    }

    boolean isBuilt() {
        return resolver.isBuilt();
    }

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        resolver.get().addScriptEngineFactory(factory);
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return resolver.get().getScriptEngineManager();
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        return resolver.get().getScriptEngine(language, resolveFromCache);
    }
}

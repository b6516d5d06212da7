package vn.vetflow.engine;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * The decisions' FEEL engine, built after the start ({@link Deferred}): Camunda's Scala FEEL engine loads about
 * 460 classes as it is built, two thirds of the DMN engine's set-up on the main thread, and no decision is
 * evaluated before a page asks for risk hints. {@link EngineConfiguration} builds it once the application is ready.
 */
final class DeferredFeelEngine implements FeelEngine {

    static final String THREAD = "feel-engine";

    private final Deferred<FeelEngine> engine;

    private DeferredFeelEngine(FeelEngineFactory factory) {
        this.engine = new Deferred<>(THREAD, factory::createInstance);
    }

    /** A factory whose engines defer the one {@code factory} makes. */
    static FeelEngineFactory of(FeelEngineFactory factory) {
        return () -> new DeferredFeelEngine(factory);
    }

    void buildAside() {
        engine.buildAside();
    }

    boolean isBuilt() {
        return engine.isBuilt();
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        return engine.get().evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        return engine.get().evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }
}

package vn.vetflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.VetflowTest;

/** The engine's script engines and FEEL engine are built after the start, once, and answer as Camunda's own. */
@VetflowTest
class DeferredEnginesTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void theEnginesScriptAndFeelEnginesAreBuiltOnceTheApplicationIsReady() {
        assertThat(engine.getScriptEngineResolver()).isInstanceOf(DeferredScriptEngines.class);
        FeelEngine feel = engine.getDmnEngineConfiguration().getFeelEngine();
        assertThat(feel).isInstanceOf(DeferredFeelEngine.class);
        await().atMost(Duration.ofMinutes(1)).until(() -> ((DeferredFeelEngine) feel).isBuilt()
                && ((DeferredScriptEngines) engine.getScriptEngineResolver()).isBuilt());

        assertThat(feel.evaluateSimpleUnaryTests("[1..10]", "x", number(5))).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("> 10", "x", number(5))).isFalse();
        assertThat((Object) feel.evaluateSimpleExpression("x * 2", number(21))).isEqualTo(42L);
        assertThat(engine.getScriptEngineResolver().getScriptEngine("juel", true)).isNotNull();
        assertThat(engine.getScriptEngineResolver().getScriptEngineManager().getEngineFactories())
                .extracting(factory -> factory.getEngineName()).contains("juel", "feel-scala");
    }

    @Test
    void nothingIsBuiltBeforeTheFirstUseWhichBuildsItWhereItRuns() {
        List<String> threads = new CopyOnWriteArrayList<>();
        Deferred<String> value = new Deferred<>("aside", () -> {
            threads.add(Thread.currentThread().getName());
            return "built";
        });
        assertThat(value.isBuilt()).isFalse();
        assertThat(threads).isEmpty();

        assertThat(value.get()).isEqualTo("built");
        assertThat(value.get()).isEqualTo("built");
        value.buildAside();
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        assertThat(value.isBuilt()).isTrue();
    }

    @Test
    void buildingAsideUsesAThreadOfItsOwnOnceAndUsesWaitForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        Deferred<String> value = new Deferred<>("aside", () -> {
            threads.add(Thread.currentThread().getName());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "built";
        });
        value.buildAside();
        value.buildAside();
        ExecutorService users = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> uses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uses.add(CompletableFuture.supplyAsync(value::get, users));
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> threads.size() == 1);
            assertThat(uses).noneMatch(CompletableFuture::isDone);

            release.countDown();
            for (CompletableFuture<String> use : uses) {
                assertThat(use.get()).isEqualTo("built");
            }
            assertThat(threads).containsExactly("aside");
        } finally {
            users.shutdownNow();
        }
    }

    @Test
    void aBuildThatFailedFailsEveryUseWithItsCause() {
        IllegalStateException cause = new IllegalStateException("no FEEL here");
        AtomicInteger builds = new AtomicInteger();
        FeelEngine feel = DeferredFeelEngine.of(() -> {
            builds.incrementAndGet();
            throw cause;
        }).createInstance();

        assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("1", "x", number(1))).isSameAs(cause);
        assertThatThrownBy(() -> feel.evaluateSimpleExpression("x", number(1))).isSameAs(cause);
        assertThat(builds).hasValue(1);
    }

    private static VariableContext number(long value) {
        return Variables.createVariables().putValue("x", value).asVariableContext();
    }
}

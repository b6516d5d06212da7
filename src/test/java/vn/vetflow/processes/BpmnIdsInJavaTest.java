package vn.vetflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.junit.jupiter.api.Test;

/**
 * Every BPMN id, message name and signal name the Java code spells as a literal exists in the model the
 * code refers to, so a renamed task in the modeler fails the build instead of a query that silently finds
 * nothing. Sources of the {@code inspection} module refer to {@code specialized-inspection.bpmn}, those of
 * {@code reporting} to {@code reporting/periodic-report.bpmn}, every other module to {@code public-service.bpmn}.
 */
class BpmnIdsInJavaTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path INSPECTION_SOURCES = SOURCES.resolve("vn/vetflow/inspection");
    private static final Path REPORTING_SOURCES = SOURCES.resolve("vn/vetflow/reporting");

    /** Ids as the modeler names them: element type, underscore, name. */
    static final Pattern ELEMENT_ID = Pattern.compile(
            "\"((?:Task|Gateway|Event|StartEvent|EndEvent|Timer|Boundary|Activity|SubProcess|Flow|Message|Signal"
                    + "|Escalation|Error|CallActivity)_[A-Za-z0-9_]+)\"");
    /** Message names given to the engine, directly or through a constant named {@code …_MESSAGE}. */
    static final Pattern MESSAGE_NAME = Pattern.compile(
            "(?:createMessageCorrelation\\(|correlateMessage\\(|isWaitingFor\\(\\w+,\\s*|_MESSAGE\\s*=\\s*)\"([A-Za-z][\\w-]*)\"");
    static final Pattern SIGNAL_NAME = Pattern.compile(
            "(?:createSignalEvent\\(|signalEventReceived\\(|_SIGNAL\\s*=\\s*)\"([A-Za-z][\\w-]*)\"");

    @Test
    void everyIdAndNameSpelledInJavaExistsInItsModel() throws IOException {
        Map<String, Names> models = new HashMap<>();
        for (String file : List.of("public-service.bpmn", "specialized-inspection.bpmn", "reporting/periodic-report.bpmn")) {
            models.put(file, Names.of(PROCESSES.resolve(file)));
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String model = source.startsWith(INSPECTION_SOURCES) ? "specialized-inspection.bpmn"
                        : source.startsWith(REPORTING_SOURCES) ? "reporting/periodic-report.bpmn" : "public-service.bpmn";
                Names names = models.get(model);
                String text = Files.readString(source);
                for (String id : found(ELEMENT_ID, text)) {
                    checked++;
                    if (!names.ids().contains(id)) {
                        missing.add(source + ": id " + id + " is not in " + model);
                    }
                }
                for (String message : found(MESSAGE_NAME, text)) {
                    checked++;
                    if (!names.messages().contains(message)) {
                        missing.add(source + ": message " + message + " is not in " + model);
                    }
                }
                for (String signal : found(SIGNAL_NAME, text)) {
                    checked++;
                    if (!names.signals().contains(signal)) {
                        missing.add(source + ": signal " + signal + " is not in " + model);
                    }
                }
            }
        }
        System.out.printf("BPMN ids and names spelled in Java: %d literals checked%n", checked);
        // A scan that finds nothing would pass by accident; today the code holds about a hundred of them.
        assertThat(checked).as("literals found in the sources").isGreaterThan(50);
        assertThat(missing).as("BPMN ids or names used in Java but absent from the model").isEmpty();
    }

    @Test
    void thePatternsRecogniseTheWaysTheCodeSpellsIds() {
        assertThat(found(ELEMENT_ID, "taskDefinitionKey(\"Task_Reception\") DUE = \"Timer_DueSoon\""))
                .containsExactly("Task_Reception", "Timer_DueSoon");
        assertThat(found(MESSAGE_NAME, "runtime.createMessageCorrelation(\"SupplementProvided\")"
                + " SUPPLEMENT_MESSAGE = \"PaymentConfirmed\"")).containsExactly("SupplementProvided", "PaymentConfirmed");
        assertThat(found(SIGNAL_NAME, "runtime.createSignalEvent(\"PlanApproved\")")).containsExactly("PlanApproved");
        assertThat(found(ELEMENT_ID, "\"TASK_COMPLETED\" \"PROPOSE_APPROVE\"")).isEmpty();
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> values = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    /** What a model lets Java refer to: element ids, message names and signal names. */
    record Names(Set<String> ids, Set<String> messages, Set<String> signals) {

        static Names of(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                Set<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
                        .filter(id -> id != null).collect(Collectors.toCollection(TreeSet::new));
                Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> signals = model.getModelElementsByType(Signal.class).stream().map(Signal::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
                return new Names(ids, messages, signals);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

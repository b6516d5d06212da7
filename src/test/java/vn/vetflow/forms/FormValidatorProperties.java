package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a client sends, validation answers with errors, never with an exception. */
class FormValidatorProperties {

    private final FormValidator validator = new FormValidator();

    @Property(tries = 500)
    void neverThrowsOnStringMaps(@ForAll("forms") FormSchema schema, @ForAll("stringMaps") Map<String, String> raw) {
        check(schema, raw);
    }

    @Property(tries = 500)
    void neverThrowsOnJsonValues(@ForAll("forms") FormSchema schema, @ForAll("jsonMaps") Map<String, Object> raw) {
        check(schema, raw);
    }

    private void check(FormSchema schema, Map<String, ?> raw) {
        FormSubmission submission = validator.validate(schema, raw);

        Set<String> declared = schema.inputs().stream().map(FormField::key).collect(Collectors.toSet());
        assertThat(declared).containsAll(submission.values().keySet());
        assertThat(submission.values().values()).doesNotContainNull();
        for (FieldError error : submission.errors()) {
            assertThat(FieldError.CODES).contains(error.code());
            assertThat(submission.values()).doesNotContainKey(error.field());
            if (error.code().equals(FieldError.UNKNOWN_FIELD)) {
                assertThat(raw).containsKey(error.field());
                assertThat(declared).doesNotContain(error.field());
            } else {
                assertThat(declared).contains(error.field());
            }
        }
    }

    @Provide
    Arbitrary<FormSchema> forms() {
        List<FormSchema> forms = new ArrayList<>(TestForms.realForms().all());
        return Arbitraries.of(forms);
    }

    private static Arbitrary<String> keys() {
        List<String> known = TestForms.realForms().all().stream()
                .flatMap(schema -> schema.inputs().stream().map(FormField::key))
                .distinct().toList();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(known)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(5000),
                Arbitraries.of("", " ", "on", "off", "true", "false", "0", "-1", "1.5", "1e9", "NaN", "Infinity",
                        "2026-02-29", "2028-02-29", "31/12/2026", "0912345678", "ACCEPT", "REFUSE", "TRUNG_CAP",
                        "SUPPLEMENT", "999999999999999999999999999999999999999999999", "\u0000", "Nghe\u0323\u0302"));
    }

    @Provide
    Arbitrary<Map<String, String>> stringMaps() {
        return Arbitraries.maps(keys(), texts()).ofMaxSize(14);
    }

    @Provide
    Arbitrary<Map<String, Object>> jsonMaps() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                texts().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, 1e300, Long.MAX_VALUE, true, false,
                        new java.math.BigDecimal("1E+999999999"), new java.math.BigDecimal("1E-999999999")));
        Arbitrary<Object> values = Arbitraries.oneOf(
                scalars,
                scalars.list().ofMaxSize(4).map(list -> (Object) list),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(4), scalars).ofMaxSize(2).map(m -> (Object) m));
        return Arbitraries.maps(keys(), values.injectNull(0.1)).ofMaxSize(14).map(HashMap::new);
    }
}

package vn.vetflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.VetflowTest;

@VetflowTest
class DossierCodeGeneratorTest {

    @Autowired DossierCodeGenerator codes;

    @Test
    void formatIsAgencyDayAndFourDigitSequence() {
        String first = codes.nextCode("000.00.25.H65", LocalDate.of(2026, 9, 30));
        String second = codes.nextCode("000.00.25.H65", LocalDate.of(2026, 9, 30));
        assertThat(first).matches("000\\.00\\.25\\.H65-260930-\\d{4}");
        assertThat(Integer.parseInt(second.substring(second.length() - 4)))
                .isEqualTo(Integer.parseInt(first.substring(first.length() - 4)) + 1);
        assertThat(codes.nextCode("000.00.25.H65", LocalDate.of(2026, 10, 1))).endsWith("-261001-0001");
    }

    @Test
    void parallelCallsNeverShareACode() throws Exception {
        assertThat(generateInParallel(codes, "TEST.H2", 8, 200)).doesNotHaveDuplicates().hasSize(8 * 200);
    }

    static List<String> generateInParallel(DossierCodeGenerator codes, String agency, int threads, int each)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            LocalDate day = LocalDate.of(2026, 11, 28);
            List<Callable<List<String>>> jobs = IntStream.range(0, threads)
                    .<Callable<List<String>>>mapToObj(t -> () -> IntStream.range(0, each)
                            .mapToObj(i -> codes.nextCode(agency, day)).toList())
                    .toList();
            return pool.invokeAll(jobs).stream().flatMap(f -> get(f).stream()).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> get(Future<List<String>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

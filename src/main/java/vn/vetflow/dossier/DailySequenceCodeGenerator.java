package vn.vetflow.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The format in common use (replace it by declaring a {@code @Primary} {@link DossierCodeGenerator} bean):
 * {@code <agency code>-<yymmdd>-<4-digit daily sequence>}, e.g. 000.00.25.H65-260930-0012.
 */
@Component
class DailySequenceCodeGenerator implements DossierCodeGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final NumberSequence sequence;

    DailySequenceCodeGenerator(NumberSequence sequence) {
        this.sequence = sequence;
    }

    @Override
    public String nextCode(String agencyCode, LocalDate day) {
        String period = day.format(DAY);
        int value = sequence.next("dossier:" + agencyCode, period);
        return "%s-%s-%04d".formatted(agencyCode, period, value);
    }
}

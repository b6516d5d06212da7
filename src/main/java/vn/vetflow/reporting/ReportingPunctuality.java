package vn.vetflow.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.institution.PeriodicReport;
import vn.vetflow.institution.ReportPunctuality;
import vn.vetflow.shared.ProvinceClock;

/** The institution's late and missing reports, counted from the rounds it had to report in. */
@Component
class ReportingPunctuality implements ReportPunctuality {

    private final ReportingStore store;
    private final ProvinceClock clock;

    ReportingPunctuality(ReportingStore store, ProvinceClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Punctuality of(String institutionCode, LocalDate from, LocalDate to) {
        int[] counts = store.lateAndMissing(institutionCode, from, to);
        return new Punctuality(counts[0], counts[1]);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeriodicReport> reports(String institutionCode) {
        return store.reportsOfInstitution(institutionCode).stream()
                .map(r -> new PeriodicReport(r.id(), r.roundCode(), r.dueOn(), r.firstSubmittedAt() == null ? null
                        : LocalDate.ofInstant(r.firstSubmittedAt(), clock.zone())))
                .toList();
    }
}

package vn.vetflow.institution;

import java.time.LocalDate;

/**
 * How punctual an institution's periodic reports were, for the risk hints: provided by the reporting module
 * (reports filed through its rounds), so this module reads no reporting table and depends on no reporting type.
 */
public interface ReportPunctuality {

    /** The institution's reports due from {@code from} (included) to {@code to} (excluded). */
    Punctuality of(String institutionCode, LocalDate from, LocalDate to);

    /** The institution's reports of every round, latest due first (titled by their round). */
    java.util.List<PeriodicReport> reports(String institutionCode);

    /**
     * @param late    reports first submitted after their due day (or still unsubmitted when it passed) and filed
     * @param missing reports never accepted before their round closed
     */
    record Punctuality(int late, int missing) {
    }
}

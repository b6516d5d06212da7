package vn.vetflow.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The procedures the province runs, each with its versions over time. Loaded once at startup from
 * {@code processes/catalogue/*.yaml} (and the optional {@code vetflow.catalogue.extra-location});
 * a broken file stops the startup with a {@link CatalogueException}.
 */
@Component
public class ProcedureCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ProcedureCatalogue.class);

    /** Orders ids naturally, so that P2 comes before P10. */
    static final Comparator<String> ID_ORDER = ((Comparator<String>) ProcedureCatalogue::compareNaturally)
            .thenComparing(Comparator.naturalOrder());

    private final Map<String, Procedure> byId = new LinkedHashMap<>();

    /** A catalogue of the given procedures (for tests and tools). */
    public ProcedureCatalogue(List<Procedure> procedures) {
        procedures.stream().sorted(Comparator.comparing(Procedure::id, ID_ORDER)).forEach(p -> {
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("procedure " + p.id() + " is given twice");
            }
        });
    }

    @Autowired
    public ProcedureCatalogue(CatalogueLoader loader, CatalogueProperties properties) {
        this(loader.load(properties.locations()));
        log.info("Procedure catalogue: {} procedures, {} versions from {}", byId.size(),
                byId.values().stream().mapToInt(p -> p.versions().size()).sum(), properties.locations());
    }

    /** Every procedure, ordered by id. */
    public List<Procedure> all() {
        return List.copyOf(byId.values());
    }

    /** The versions that apply on the given day, one per procedure, ordered by procedure id. */
    public List<ProcedureVersion> effectiveOn(LocalDate day) {
        return byId.values().stream().flatMap(p -> p.versionOn(day).stream()).toList();
    }

    /**
     * The version of a procedure that applies on the given day: what a new dossier starts with.
     *
     * @throws ProcedureNotFoundException when the procedure is unknown or has no version that day
     */
    public ProcedureVersion currentVersion(String procedureId, LocalDate day) {
        Procedure procedure = byId.get(procedureId);
        if (procedure == null) {
            throw ProcedureNotFoundException.unknown(procedureId, day);
        }
        return procedure.versionOn(day).orElseThrow(() -> new ProcedureNotFoundException(procedureId, day));
    }

    /**
     * A version by number, whatever the day: a running dossier keeps the version it started with.
     *
     * @throws ProcedureNotFoundException when the procedure or the version is unknown
     */
    public ProcedureVersion version(String procedureId, int version) {
        Procedure procedure = byId.get(procedureId);
        if (procedure == null) {
            throw ProcedureNotFoundException.unknown(procedureId, version);
        }
        return procedure.versions().stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new ProcedureNotFoundException(procedureId, version));
    }

    public Optional<Procedure> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Compares runs of digits by their value and everything else character by character. */
    private static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int startA = i;
                int startB = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                String numberA = a.substring(startA, i).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(startB, j).replaceFirst("^0+(?=.)", "");
                int byValue = numberA.length() != numberB.length()
                        ? Integer.compare(numberA.length(), numberB.length())
                        : numberA.compareTo(numberB);
                if (byValue != 0) {
                    return byValue;
                }
            } else {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

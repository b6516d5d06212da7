package vn.vetflow.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final PublishedVersions published;
    /** Versions running dossiers asked for by number, remembered: see {@link #version(String, int)}. */
    private final Map<String, ProcedureVersion> byNumber = new ConcurrentHashMap<>();

    /** A catalogue of the given procedures (for tests and tools). */
    public ProcedureCatalogue(List<Procedure> procedures) {
        this(procedures, null);
    }

    private ProcedureCatalogue(List<Procedure> procedures, PublishedVersions published) {
        this.published = published;
        procedures.stream().sorted(Comparator.comparing(Procedure::id, ID_ORDER)).forEach(p -> {
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("procedure " + p.id() + " is given twice");
            }
        });
    }

    /** The catalogue files alone, without versions published in the database (tools, tests). */
    public ProcedureCatalogue(CatalogueLoader loader, CatalogueProperties properties) {
        this(loader, properties, null);
    }

    /** The catalogue files as the seed, plus the versions administrators published (read on every call). */
    @Autowired
    public ProcedureCatalogue(CatalogueLoader loader, CatalogueProperties properties, PublishedVersions published) {
        this(loader.load(properties.locations()), published);
        log.info("Procedure catalogue: {} procedures, {} versions from {}", byId.size(),
                byId.values().stream().mapToInt(p -> p.versions().size()).sum(), properties.locations());
    }

    /** Every procedure, ordered by id. */
    public List<Procedure> all() {
        return List.copyOf(current().values());
    }

    /** The versions that apply on the given day, one per procedure, ordered by procedure id. */
    public List<ProcedureVersion> effectiveOn(LocalDate day) {
        return current().values().stream().flatMap(p -> p.versionOn(day).stream()).toList();
    }

    /** The seed procedures with the published versions added; nothing is kept between calls. */
    private Map<String, Procedure> current() {
        List<ProcedureVersion> later = published == null ? List.of() : published.versions();
        if (later.isEmpty()) {
            return byId;
        }
        Map<String, Procedure> merged = new LinkedHashMap<>(byId);
        byId.forEach((id, seed) -> {
            List<ProcedureVersion> mine = later.stream().filter(v -> v.procedureId().equals(id)).toList();
            if (!mine.isEmpty()) {
                merged.put(id, withLaterVersions(seed, mine));
            }
        });
        return merged;
    }

    /**
     * A procedure with versions published after its seed: each version ends the day before the next one
     * starts, so a published version takes over on its effective date and never overlaps an earlier one.
     */
    static Procedure withLaterVersions(Procedure seed, List<ProcedureVersion> later) {
        List<ProcedureVersion> all = new java.util.ArrayList<>(seed.versions());
        all.addAll(later);
        all.sort(Comparator.comparing(ProcedureVersion::effectiveFrom));
        List<ProcedureVersion> ended = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ProcedureVersion v = all.get(i);
            if (i + 1 < all.size()) {
                LocalDate dayBefore = all.get(i + 1).effectiveFrom().minusDays(1);
                if (v.effectiveTo() == null || v.effectiveTo().isAfter(dayBefore)) {
                    v = v.endingOn(dayBefore);
                }
            }
            ended.add(v);
        }
        return new Procedure(seed.id(), ended);
    }

    /**
     * The version of a procedure that applies on the given day: what a new dossier starts with.
     *
     * @throws ProcedureNotFoundException when the procedure is unknown or has no version that day
     */
    public ProcedureVersion currentVersion(String procedureId, LocalDate day) {
        Procedure procedure = current().get(procedureId);
        if (procedure == null) {
            throw ProcedureNotFoundException.unknown(procedureId, day);
        }
        return procedure.versionOn(day).orElseThrow(() -> new ProcedureNotFoundException(procedureId, day));
    }

    /**
     * A version by number, whatever the day: a running dossier keeps the version it started with. Found
     * once, it is remembered: a published version's rules never change (its row is never updated, and a
     * number is published once), so a dossier's steps do not read the published versions again. Only its
     * end date moves when a later version is published: a publication on this node forgets what was
     * remembered (another node of a cluster may show the old end date here until it restarts; the rules
     * are the same, and what is in force and the catalogue's pages ask {@link #currentVersion},
     * {@link #effectiveOn}, {@link #all} and {@link #find}, which read the published versions every time).
     *
     * @throws ProcedureNotFoundException when the procedure or the version is unknown
     */
    public ProcedureVersion version(String procedureId, int version) {
        String key = procedureId + "#" + version;
        ProcedureVersion known = byNumber.get(key);
        if (known != null) {
            return known;
        }
        ProcedureVersion found = lookUp(procedureId, version);
        byNumber.put(key, found);
        return found;
    }

    /** A later version was published: end dates may have moved, from now and again once it committed. */
    void versionPublished() {
        byNumber.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byNumber.clear();
                }
            });
        }
    }

    private ProcedureVersion lookUp(String procedureId, int version) {
        Procedure procedure = current().get(procedureId);
        if (procedure == null) {
            throw ProcedureNotFoundException.unknown(procedureId, version);
        }
        return procedure.versions().stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new ProcedureNotFoundException(procedureId, version));
    }

    public Optional<Procedure> find(String id) {
        return Optional.ofNullable(current().get(id));
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

package vn.vetflow.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Law changes without a release: an administrator drafts the next version of a procedure as YAML (the
 * catalogue file format), it is checked by the same loader and validator as the files at startup, and
 * publishing stores it in the database with its effective date. New dossiers take it from that date;
 * running dossiers keep the version they were filed under, which never changes.
 */
@Service
public class CatalogueVersions {

    /** Deadlines and effective dates are Vietnamese calendar days. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProcedureCatalogue catalogue;
    private final CatalogueLoader loader;
    private final PublishedVersions published;
    private final Clock clock;

    CatalogueVersions(ProcedureCatalogue catalogue, CatalogueLoader loader, PublishedVersions published, Clock clock) {
        this.catalogue = catalogue;
        this.loader = loader;
        this.published = published;
        this.clock = clock;
    }

    /** A procedure's versions as a catalogue file (the export format, and what a seed file looks like). */
    public String export(String procedureId) {
        return CatalogueExport.procedure(procedureId, procedure(procedureId).versions());
    }

    /** A starting point for the next version: the latest one with the next number, from tomorrow on. */
    public String nextDraft(String procedureId) {
        List<ProcedureVersion> versions = procedure(procedureId).versions();
        ProcedureVersion latest = versions.stream()
                .max(java.util.Comparator.comparing(ProcedureVersion::effectiveFrom)).orElseThrow();
        int next = versions.stream().mapToInt(ProcedureVersion::version).max().orElse(0) + 1;
        LocalDate from = today().plusDays(1).isAfter(latest.effectiveFrom()) ? today().plusDays(1)
                : latest.effectiveFrom().plusDays(1);
        ProcedureVersion draft = new ProcedureVersion(procedureId, next, from, null, latest.nationalCode(),
                latest.name(), latest.nameEn(), latest.field(), latest.fieldCode(), latest.legalBasis(),
                latest.competentBody(), latest.competentBodyName(), latest.agencyCode(), latest.serviceLevel(),
                latest.deadlineDays(), latest.refusalDays(), latest.steps(), latest.escalationGroups(),
                latest.fieldCheck(), latest.supplement(), latest.payment(), latest.fees(), latest.components(),
                latest.applicationForm(), latest.result(), latest.departmentDays(), latest.toConfirm(),
                latest.guide());
        return CatalogueExport.version(draft);
    }

    /**
     * Checks a draft against the procedure's versions exactly as the files are checked at startup, plus what
     * only a publication needs: it starts today at the earliest and after every existing version.
     *
     * @return the checked version
     * @throws CatalogueException naming every problem found
     */
    public ProcedureVersion check(String procedureId, String draftYaml) {
        Procedure procedure = procedure(procedureId);
        // The publication's own rules first: a date in the past or before the latest version would otherwise
        // surface as a less telling overlap between versions.
        LocalDate from = draftStart(draftYaml);
        if (from != null) {
            rejectBadStart(procedure, from, CatalogueLoader.DRAFT + ": procedure " + procedureId + ": ");
        }
        Procedure withDraft = loader.loadWithDraft(procedureId, endedBeforeDraft(procedure, draftYaml), draftYaml);
        ProcedureVersion draft = withDraft.versions().stream()
                .filter(v -> procedure.versions().stream().noneMatch(old -> old.version() == v.version()))
                .findFirst()
                .orElseThrow(() -> new CatalogueException(List.of(CatalogueLoader.DRAFT + ": procedure " + procedureId
                        + ": version: the number is already used; take the next one")));
        String at = CatalogueLoader.DRAFT + ": procedure " + procedureId + " version " + draft.version() + ": ";
        rejectBadStart(procedure, draft.effectiveFrom(), at);
        if (draft.effectiveTo() != null) {
            throw new CatalogueException(List.of(at + "effectiveTo: leave it out; a later publication ends this version"));
        }
        return draft;
    }

    private void rejectBadStart(Procedure procedure, LocalDate from, String at) {
        List<String> problems = new ArrayList<>();
        if (from.isBefore(today())) {
            problems.add(at + "effectiveFrom: " + from + " is in the past; a version is published for today or a later day");
        }
        LocalDate latest = procedure.versions().stream().map(ProcedureVersion::effectiveFrom)
                .max(LocalDate::compareTo).orElseThrow();
        if (!from.isAfter(latest)) {
            problems.add(at + "effectiveFrom: must be after " + latest + ", the start of the latest version");
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
    }

    /** Checks and stores a draft; the caller records who did it in the audit trail, in the same transaction. */
    @Transactional
    public ProcedureVersion publish(String procedureId, String draftYaml, String publishedBy) {
        ProcedureVersion draft = check(procedureId, draftYaml);
        published.insert(draft, CatalogueExport.version(draft), publishedBy, clock.instant());
        catalogue.versionPublished();
        return draft;
    }

    /** The rows published for a procedure, oldest first. */
    public List<PublishedVersions.Published> publishedOf(String procedureId) {
        return published.all().stream().filter(p -> p.procedureId().equals(procedureId)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private Procedure procedure(String procedureId) {
        return catalogue.find(procedureId).orElseThrow(() -> ProcedureNotFoundException.unknownId(procedureId));
    }

    /**
     * The existing versions as they will be once the draft applies: the open-ended one ends the day before the
     * draft's effective date, as {@link ProcedureCatalogue} does when it reads a published version.
     */
    private List<ProcedureVersion> endedBeforeDraft(Procedure procedure, String draftYaml) {
        LocalDate from = draftStart(draftYaml);
        if (from == null) {
            return procedure.versions();
        }
        return procedure.versions().stream()
                .map(v -> v.effectiveFrom().isBefore(from) && (v.effectiveTo() == null || !v.effectiveTo().isBefore(from))
                        ? v.endingOn(from.minusDays(1)) : v)
                .toList();
    }

    /** The draft's effectiveFrom if it can be read; otherwise the full check reports why. */
    private static LocalDate draftStart(String draftYaml) {
        if (draftYaml == null) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("(?m)^effectiveFrom:\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})")
                .matcher(draftYaml);
        try {
            return matcher.find() ? LocalDate.parse(matcher.group(1)) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}

package vn.vetflow.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.vetflow.catalogue.CatalogueYaml.ComponentEntry;
import vn.vetflow.catalogue.CatalogueYaml.FeeEntry;
import vn.vetflow.catalogue.CatalogueYaml.ProcedureEntry;
import vn.vetflow.catalogue.CatalogueYaml.StepEntry;
import vn.vetflow.catalogue.CatalogueYaml.VersionEntry;

/** Checks one mapped catalogue file and turns it into a {@link Procedure}. */
final class CatalogueValidator {

    /** Camunda group ids a step or an escalation may name. */
    static final List<String> KNOWN_GROUPS = List.of("reception", "specialist", "leader", "admin");

    /** Upload types a dossier component may accept. */
    static final List<String> FILE_TYPES = List.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx");

    static final int MAX_SIZE_MB = 50;

    /** Procedure and form ids end up in dossier codes, paths and URLs: keep them plain. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final Predicate<String> applicationFormExists;

    CatalogueValidator(Predicate<String> applicationFormExists) {
        this.applicationFormExists = applicationFormExists;
    }

    /** The procedure, or {@code null} when the entry has problems (which are added to {@code file}). */
    Procedure validate(ProcedureEntry entry, Problems file) {
        Problems at = file.procedure(entry.id());
        int before = at.count();
        if (entry.id() == null || entry.id().isBlank()) {
            at.add("id", "missing");
        } else if (!PLAIN_ID.matcher(entry.id()).matches()) {
            at.add("id", "'" + entry.id() + "' may only hold letters, digits, '.', '_' and '-'");
        }
        if (entry.versions() == null || entry.versions().isEmpty()) {
            at.add("versions", "missing: a procedure needs at least one version");
            return null;
        }
        List<ProcedureVersion> versions = new ArrayList<>();
        List<VersionEntry> entries = entry.versions();
        for (int i = 0; i < entries.size(); i++) {
            VersionEntry v = entries.get(i);
            Problems here = at.version(label(v, i));
            if (v == null) {
                here.add("versions[" + i + "]", "empty entry");
                continue;
            }
            ProcedureVersion checked = version(entry.id(), v, here);
            if (checked != null) {
                versions.add(checked);
            }
        }
        checkVersionsTogether(entries, at);
        if (at.count() > before) {
            return null;
        }
        return new Procedure(entry.id(), versions);
    }

    private static String label(VersionEntry v, int index) {
        return v != null && v.version() != null ? String.valueOf(v.version()) : "at position " + (index + 1);
    }

    private void checkVersionsTogether(List<VersionEntry> entries, Problems at) {
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            VersionEntry v = entries.get(i);
            if (v != null && v.version() != null && !numbers.add(v.version())) {
                at.version(label(v, i)).add("version", "version " + v.version() + " is defined more than once");
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                VersionEntry a = entries.get(i);
                VersionEntry b = entries.get(j);
                if (!hasRange(a) || !hasRange(b) || !overlap(a, b)) {
                    continue;
                }
                boolean bIsLater = !b.effectiveFrom().isBefore(a.effectiveFrom());
                VersionEntry later = bIsLater ? b : a;
                VersionEntry earlier = bIsLater ? a : b;
                int laterIndex = bIsLater ? j : i;
                int earlierIndex = bIsLater ? i : j;
                at.version(label(later, laterIndex)).add("effectiveFrom",
                        "the range " + range(later) + " overlaps version " + label(earlier, earlierIndex)
                                + " (" + range(earlier) + "); on any day at most one version may apply");
            }
        }
    }

    private static boolean hasRange(VersionEntry v) {
        return v != null && v.effectiveFrom() != null
                && (v.effectiveTo() == null || !v.effectiveTo().isBefore(v.effectiveFrom()));
    }

    private static boolean overlap(VersionEntry a, VersionEntry b) {
        return !a.effectiveFrom().isAfter(end(b)) && !b.effectiveFrom().isAfter(end(a));
    }

    private static LocalDate end(VersionEntry v) {
        return v.effectiveTo() == null ? LocalDate.MAX : v.effectiveTo();
    }

    private static String range(VersionEntry v) {
        return v.effectiveFrom() + " to " + (v.effectiveTo() == null ? "open-ended" : v.effectiveTo());
    }

    private ProcedureVersion version(String procedureId, VersionEntry v, Problems at) {
        int before = at.count();
        if (v.version() == null) {
            at.add("version", "missing");
        } else if (v.version() < 1) {
            at.add("version", "must be 1 or more, was " + v.version());
        }
        if (v.effectiveFrom() == null) {
            at.add("effectiveFrom", "missing (the first day this version applies, yyyy-mm-dd)");
        } else if (v.effectiveTo() != null && v.effectiveTo().isBefore(v.effectiveFrom())) {
            at.add("effectiveTo", v.effectiveTo() + " is before effectiveFrom " + v.effectiveFrom());
        }
        required(at, "name", v.name());
        optional(at, "nameEn", v.nameEn());
        optional(at, "nationalCode", v.nationalCode());
        required(at, "field", v.field());
        optional(at, "fieldCode", v.fieldCode());
        texts(at, "legalBasis", v.legalBasis());
        if (v.competentBody() == null) {
            at.add("competentBody", "missing (DEPARTMENT or PROVINCIAL_CHAIRMAN)");
        }
        optional(at, "competentBodyName", v.competentBodyName());
        required(at, "agencyCode", v.agencyCode());
        if (v.deadlineDays() == null) {
            at.add("deadlineDays", "missing");
        } else if (v.deadlineDays() <= 0) {
            at.add("deadlineDays", "must be more than 0, was " + v.deadlineDays());
        }
        if (v.refusalDays() != null && v.refusalDays() < 0) {
            at.add("refusalDays", "must be 0 or more, was " + v.refusalDays());
        }
        Map<String, StepBudget> steps = steps(v, at);
        groups(at, "escalationGroups", v.escalationGroups(), false);
        SupplementRule supplement = supplement(v, at);
        PaymentRule payment = payment(v, at);
        List<Fee> fees = fees(v.fees(), at);
        List<DossierComponent> components = components(v.components(), at);
        applicationForm(v.applicationForm(), at);
        ResultDocument result = result(v, at);
        if (steps != null) {
            departmentDays(v, steps, at);
        }
        texts(at, "toConfirm", v.toConfirm());
        ApplicantGuide guide = guide(v, at);
        if (at.count() > before || procedureId == null) {
            return null;
        }
        List<String> escalationGroups = v.escalationGroups() != null
                ? v.escalationGroups()
                : steps.get(StepKeys.APPROVAL).groups();
        return new ProcedureVersion(procedureId, v.version(), v.effectiveFrom(), v.effectiveTo(),
                v.nationalCode(), v.name(), v.nameEn(), v.field(), v.fieldCode(),
                v.legalBasis() == null ? List.of() : v.legalBasis(), v.competentBody(),
                v.competentBodyName(), v.agencyCode(),
                v.serviceLevel() == null ? ServiceLevel.PARTLY_ONLINE : v.serviceLevel(),
                v.deadlineDays(), v.refusalDays() == null ? v.deadlineDays() : v.refusalDays(), steps,
                escalationGroups, Boolean.TRUE.equals(v.fieldCheck()), supplement, payment, fees,
                components, v.applicationForm(), result, v.departmentDays(),
                v.toConfirm() == null ? List.of() : v.toConfirm(), guide);
    }

    /**
     * When the Chairman decides on the Department's appraisal, the law states the Department's period
     * (e.g. "appraisal within 7 working days") and the Chairman's separately: the Department's steps must
     * fit its own period exactly, and the Chairman's step gets a budget of its own on top.
     */
    private static void departmentDays(VersionEntry v, Map<String, StepBudget> steps, Problems at) {
        Integer days = v.departmentDays();
        if (days == null) {
            return;
        }
        if (days <= 0) {
            at.add("departmentDays", "must be more than 0, was " + days);
            return;
        }
        if (v.competentBody() != CompetentBody.PROVINCIAL_CHAIRMAN) {
            at.add("departmentDays", "only allowed when competentBody is PROVINCIAL_CHAIRMAN (the Department's"
                    + " appraisal period before the Chairman decides)");
            return;
        }
        int department = 0;
        for (String key : StepKeys.DEPARTMENT_APPRAISAL) {
            department += steps.containsKey(key) ? steps.get(key).days() : 0;
        }
        if (department != days) {
            at.add("steps", "the Department's steps (" + String.join(", ", StepKeys.DEPARTMENT_APPRAISAL)
                    + ") add up to " + department + " working days but departmentDays is " + days);
        }
        StepBudget chairman = steps.get(StepKeys.CHAIRMAN);
        if (chairman != null && chairman.days() < 1) {
            at.add("steps.chairman.days", "must be 1 or more: the Chairman's decision has its own budget on top of"
                    + " the Department's " + days + " days");
        }
    }

    private static ApplicantGuide guide(VersionEntry v, Problems at) {
        texts(at, "applicants", v.applicants());
        texts(at, "conditions", v.conditions());
        texts(at, "applicantSteps", v.applicantSteps());
        if (v.copies() != null && v.copies() < 1) {
            at.add("copies", "must be 1 or more, was " + v.copies());
        }
        channels(at, "channels", v.channels());
        channels(at, "resultReturn", v.resultReturn());
        ApplicantGuide defaults = ApplicantGuide.DEFAULT;
        return new ApplicantGuide(
                v.applicants() == null ? List.of() : v.applicants(),
                v.conditions() == null ? List.of() : v.conditions(),
                v.applicantSteps() == null ? List.of() : v.applicantSteps(),
                v.copies() == null ? defaults.copies() : v.copies(),
                v.channels() == null ? defaults.channels() : v.channels(),
                v.resultReturn() == null ? defaults.resultReturn() : v.resultReturn());
    }

    private static void channels(Problems at, String field, List<SubmissionChannel> channels) {
        if (channels == null) {
            return;
        }
        if (channels.isEmpty()) {
            at.add(field, "at least one of ONLINE, IN_PERSON, PUBLIC_POST (or leave the line out for all three)");
        } else if (channels.contains(null) || new HashSet<>(channels).size() != channels.size()) {
            at.add(field, "each of ONLINE, IN_PERSON, PUBLIC_POST at most once");
        }
    }

    private static void required(Problems at, String field, String value) {
        if (value == null) {
            at.add(field, "missing");
        } else if (value.isBlank()) {
            at.add(field, "must not be blank");
        }
    }

    private static void optional(Problems at, String field, String value) {
        if (value != null && value.isBlank()) {
            at.add(field, "must not be blank (leave the line out instead)");
        }
    }

    private static void texts(Problems at, String field, List<String> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                at.add(field + "[" + i + "]", "must not be blank");
            }
        }
    }

    private static void groups(Problems at, String field, List<String> groups, boolean required) {
        if (groups == null || groups.isEmpty()) {
            if (required || groups != null) {
                at.add(field, "at least one group is needed; known groups: " + String.join(", ", KNOWN_GROUPS));
            }
            return;
        }
        for (String group : groups) {
            if (!KNOWN_GROUPS.contains(group)) {
                at.add(field, "unknown group '" + group + "'; known groups: " + String.join(", ", KNOWN_GROUPS));
            }
        }
    }

    /** The step budgets in running order, or {@code null} when they have problems. */
    private static Map<String, StepBudget> steps(VersionEntry v, Problems at) {
        Map<String, StepEntry> steps = v.steps();
        if (steps == null || steps.isEmpty()) {
            at.add("steps", "missing: needs " + String.join(", ", StepKeys.ALWAYS)
                    + " (and chairman when competentBody is PROVINCIAL_CHAIRMAN)");
            return null;
        }
        int before = at.count();
        for (String key : steps.keySet()) {
            if (!StepKeys.ALL.contains(key)) {
                at.add("steps." + key, "unknown step; known steps: " + String.join(", ", StepKeys.ALL));
            }
        }
        for (String key : StepKeys.ALWAYS) {
            if (!steps.containsKey(key)) {
                at.add("steps." + key, "missing");
            }
        }
        if (v.competentBody() == CompetentBody.PROVINCIAL_CHAIRMAN && !steps.containsKey(StepKeys.CHAIRMAN)) {
            at.add("steps.chairman", "missing: competentBody is PROVINCIAL_CHAIRMAN, so the submission to the"
                    + " Chairman and the wait for the decision need their own budget");
        }
        if (v.competentBody() == CompetentBody.DEPARTMENT && steps.containsKey(StepKeys.CHAIRMAN)) {
            at.add("steps.chairman", "only allowed when competentBody is PROVINCIAL_CHAIRMAN, here it is DEPARTMENT");
        }
        Map<String, StepBudget> ordered = new LinkedHashMap<>();
        int sum = 0;
        for (String key : StepKeys.ALL) {
            if (!steps.containsKey(key)) {
                continue;
            }
            StepEntry step = steps.get(key);
            String field = "steps." + key;
            if (step == null) {
                at.add(field, "needs days and groups");
                continue;
            }
            if (step.days() == null) {
                at.add(field + ".days", "missing");
            } else if (step.days() < 0) {
                at.add(field + ".days", "must be 0 or more, was " + step.days());
            } else {
                sum += step.days();
            }
            groups(at, field + ".groups", step.groups(), true);
            if (step.days() != null && step.groups() != null) {
                ordered.put(key, new StepBudget(step.days(), step.groups()));
            }
        }
        if (at.count() > before) {
            return null;
        }
        if (v.deadlineDays() != null && v.deadlineDays() > 0 && sum != v.deadlineDays()) {
            at.add("steps", "the step budgets add up to " + sum + " working days but deadlineDays is "
                    + v.deadlineDays());
        }
        return ordered;
    }

    private static SupplementRule supplement(VersionEntry v, Problems at) {
        if (v.supplement() == null) {
            return SupplementRule.DEFAULT;
        }
        Integer rounds = v.supplement().maxRounds();
        Integer within = v.supplement().answerWithinDays();
        if (rounds == null) {
            at.add("supplement.maxRounds", "missing");
        } else if (rounds < 1) {
            at.add("supplement.maxRounds", "must be 1 or more, was " + rounds);
        }
        if (within == null) {
            at.add("supplement.answerWithinDays", "missing");
        } else if (within < 1) {
            at.add("supplement.answerWithinDays", "must be 1 or more, was " + within);
        }
        return rounds == null || within == null ? null : new SupplementRule(rounds, within);
    }

    private static PaymentRule payment(VersionEntry v, Problems at) {
        if (v.payment() == null) {
            return PaymentRule.DEFAULT;
        }
        Integer within = v.payment().answerWithinDays();
        if (within == null) {
            at.add("payment.answerWithinDays", "missing");
        } else if (within < 1) {
            at.add("payment.answerWithinDays", "must be 1 or more, was " + within);
        }
        return within == null ? null : new PaymentRule(within);
    }

    private static List<Fee> fees(List<FeeEntry> entries, Problems at) {
        if (entries == null) {
            return List.of();
        }
        List<Fee> fees = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FeeEntry fee = entries.get(i);
            String field = "fees[" + i + "]";
            if (fee == null) {
                at.add(field, "empty entry");
                continue;
            }
            required(at, field + ".name", fee.name());
            if (fee.amountVnd() == null) {
                at.add(field + ".amountVnd", "missing");
            } else if (fee.amountVnd() < 0) {
                at.add(field + ".amountVnd", "must be 0 or more, was " + fee.amountVnd());
            } else if (fee.name() != null) {
                fees.add(new Fee(fee.name(), fee.amountVnd()));
            }
        }
        return fees;
    }

    private static List<DossierComponent> components(List<ComponentEntry> entries, Problems at) {
        if (entries == null || entries.isEmpty()) {
            at.add("components", "missing: a dossier needs at least one component");
            return List.of();
        }
        List<DossierComponent> components = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ComponentEntry c = entries.get(i);
            if (c == null) {
                at.add("components[" + i + "]", "empty entry");
                continue;
            }
            String field = c.code() == null || c.code().isBlank()
                    ? "components[" + i + "]"
                    : "components[" + c.code() + "]";
            int before = at.count();
            required(at, field + ".code", c.code());
            if (c.code() != null && codes.putIfAbsent(c.code(), i) != null) {
                at.add(field + ".code", "'" + c.code() + "' is used by more than one component");
            }
            required(at, field + ".name", c.name());
            if (c.fileTypes() == null || c.fileTypes().isEmpty()) {
                at.add(field + ".fileTypes", "missing; allowed: " + String.join(", ", FILE_TYPES));
            } else {
                for (String type : c.fileTypes()) {
                    if (!FILE_TYPES.contains(type)) {
                        at.add(field + ".fileTypes", "'" + type + "' is not allowed; allowed: "
                                + String.join(", ", FILE_TYPES));
                    }
                }
            }
            if (c.maxSizeMb() == null) {
                at.add(field + ".maxSizeMb", "missing");
            } else if (c.maxSizeMb() < 1 || c.maxSizeMb() > MAX_SIZE_MB) {
                at.add(field + ".maxSizeMb", "must be between 1 and " + MAX_SIZE_MB + ", was " + c.maxSizeMb());
            }
            optional(at, field + ".template", c.template());
            if (at.count() == before) {
                components.add(new DossierComponent(c.code(), c.name(), !Boolean.FALSE.equals(c.required()),
                        c.fileTypes(), c.maxSizeMb(), c.template()));
            }
        }
        return components;
    }

    private void applicationForm(String form, Problems at) {
        required(at, "applicationForm", form);
        if (form == null || form.isBlank()) {
            return;
        }
        if (!PLAIN_ID.matcher(form).matches()) {
            at.add("applicationForm", "'" + form + "' may only hold letters, digits, '.', '_' and '-'");
        } else if (!applicationFormExists.test(form)) {
            at.add("applicationForm", "no form " + CatalogueLoader.applicationFormResource(form)
                    + " on the classpath");
        }
    }

    private static ResultDocument result(VersionEntry v, Problems at) {
        if (v.result() == null) {
            at.add("result", "missing (name and numberPrefix of the document issued)");
            return null;
        }
        required(at, "result.name", v.result().name());
        required(at, "result.numberPrefix", v.result().numberPrefix());
        return v.result().name() == null ? null : new ResultDocument(v.result().name(), v.result().numberPrefix());
    }
}

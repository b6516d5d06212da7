package vn.vetflow.portal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vetflow.catalogue.DossierComponent;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.catalogue.StepKeys;
import vn.vetflow.publicservice.FileTypes;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.SearchText;

/** The public catalogue: the procedures in force today, searchable, and one page per procedure. */
@Controller
class ProcedurePages {

    /** A dossier component as the procedure page lists it. */
    record ComponentView(String code, String name, boolean required, String fileTypes, int maxSizeMb,
                         boolean template) {
    }

    /** A step and its time budget in working days. */
    record StepView(String key, int days) {
    }

    /** A fee line with its amount formatted for the locale. */
    record FeeView(String name, String amount) {
    }

    /**
     * How a Chairman's decision splits the deadline: the Department's appraisal, the Chairman's own budget
     * and the return of the result, so the page never suggests the Chairman decides within the Department's days.
     */
    record DeadlineSplit(int department, int chairman, int result) {
    }

    private final ProcedureCatalogue catalogue;
    private final ProvinceClock clock;
    private final ProcedureTemplates templates;

    ProcedurePages(ProcedureCatalogue catalogue, ProvinceClock clock, ProcedureTemplates templates) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.templates = templates;
    }

    @GetMapping("/procedures")
    String list(@RequestParam(name = "q", defaultValue = "") String query,
                @RequestParam(name = "field", defaultValue = "") String field, Model model) {
        List<ProcedureVersion> inForce = catalogue.effectiveOn(clock.today());
        String q = query.length() > 200 ? query.substring(0, 200) : query;
        List<ProcedureVersion> found = inForce.stream()
                .filter(p -> field.isBlank() || field.equals(p.field()))
                .filter(p -> SearchText.matches(q, p.name(), p.nameEn(), p.nationalCode(), p.field(), p.fieldCode()))
                .toList();
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("fields", inForce.stream().map(ProcedureVersion::field)
                .filter(f -> f != null && !f.isBlank()).distinct().sorted().toList());
        model.addAttribute("procedures", found);
        model.addAttribute("total", inForce.size());
        return "portal/procedures";
    }

    @GetMapping("/procedures/{id}")
    String show(@PathVariable String id, Model model, Locale locale) {
        ProcedureVersion version = inForce(id);
        model.addAttribute("procedure", version);
        model.addAttribute("steps", version.steps().entrySet().stream()
                .map(step -> new StepView(step.getKey(), step.getValue().days())).toList());
        model.addAttribute("fees", version.fees().stream()
                .map(fee -> new FeeView(fee.name(), PortalViews.money(fee.amountVnd(), locale))).toList());
        model.addAttribute("totalFee", PortalViews.money(version.totalFeeVnd(), locale));
        model.addAttribute("guide", version.guide());
        model.addAttribute("split", version.departmentDays() == null ? null
                : new DeadlineSplit(version.departmentDays(), version.step(StepKeys.CHAIRMAN).map(s -> s.days()).orElse(0),
                        version.step(StepKeys.RESULT).map(s -> s.days()).orElse(0)));
        model.addAttribute("components", version.components().stream()
                .map(c -> new ComponentView(c.code(), c.name(), c.required(), String.join(", ", c.fileTypes()),
                        c.maxSizeMb(), templates.of(c).isPresent()))
                .toList());
        return "portal/procedure";
    }

    /** The blank form of a component, by component code, so no file name ever comes from the URL. */
    @GetMapping("/procedures/{id}/templates/{componentCode}")
    ResponseEntity<Resource> template(@PathVariable String id, @PathVariable String componentCode)
            throws IOException {
        DossierComponent component = inForce(id).component(componentCode)
                .orElseThrow(() -> new PageNotFoundException("template " + id + "/" + componentCode));
        Resource file = templates.of(component)
                .orElseThrow(() -> new PageNotFoundException("template " + id + "/" + componentCode));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FileTypes.contentType(component.template())))
                .contentLength(file.contentLength())
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(component.template()).build().toString())
                .body(file);
    }

    private ProcedureVersion inForce(String id) {
        return catalogue.currentVersion(id, clock.today());
    }
}

package vn.vetflow.catalogueadmin;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.catalogue.CatalogueException;
import vn.vetflow.catalogue.CatalogueVersions;
import vn.vetflow.catalogue.Procedure;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.catalogue.ProcedureVersion;

/** {@code /admin/catalogue}: administrators only (SecurityConfiguration). */
@Controller
class CatalogueAdminPages {

    /** A row of the overview: the version in force today and how many versions the procedure has. */
    record ProcedureRow(String id, String name, int versionInForce, int deadlineDays, int versions) {
    }

    private final ProcedureCatalogue catalogue;
    private final CatalogueVersions versions;
    private final CataloguePublication publication;

    CatalogueAdminPages(ProcedureCatalogue catalogue, CatalogueVersions versions, CataloguePublication publication) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.publication = publication;
    }

    @GetMapping("/admin/catalogue")
    String list(Model model) {
        List<ProcedureRow> rows = catalogue.all().stream().map(p -> {
            ProcedureVersion now = p.versionOn(versions.today()).orElse(p.versions().get(p.versions().size() - 1));
            return new ProcedureRow(p.id(), now.name(), now.version(), now.deadlineDays(), p.versions().size());
        }).toList();
        model.addAttribute("procedures", rows);
        return "catalogueadmin/list";
    }

    @GetMapping("/admin/catalogue/{id}")
    String procedure(@PathVariable String id, Model model) {
        return page(id, versions.nextDraft(id), List.of(), model);
    }

    /** Checks a draft without publishing it. */
    @PostMapping("/admin/catalogue/{id}/check")
    String check(@PathVariable String id, @RequestParam String draft, Model model, HttpServletResponse response) {
        try {
            ProcedureVersion checked = versions.check(id, draft);
            model.addAttribute("checked", checked);
            return page(id, draft, List.of(), model);
        } catch (CatalogueException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, draft, e.getProblems(), model);
        }
    }

    @PostMapping("/admin/catalogue/{id}/publish")
    String publish(@PathVariable String id, @RequestParam String draft, Principal principal, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ProcedureVersion published = publication.publish(id, draft, principal.getName());
            redirect.addFlashAttribute("publishedVersion", published.version());
            redirect.addFlashAttribute("publishedFrom", published.effectiveFrom());
            return "redirect:/admin/catalogue/" + id;
        } catch (CatalogueException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, draft, e.getProblems(), model);
        }
    }

    /** The procedure's versions (seed and published) as a catalogue file, to review or commit as the new seed. */
    @GetMapping("/admin/catalogue/{id}/export")
    ResponseEntity<String> export(@PathVariable String id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(id + ".yaml").build().toString())
                .body(versions.export(id));
    }

    @ExceptionHandler(ProcedureNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error";
    }

    private String page(String id, String draft, List<String> problems, Model model) {
        Procedure procedure = catalogue.find(id).orElseThrow(() -> ProcedureNotFoundException.unknownId(id));
        model.addAttribute("today", versions.today());
        model.addAttribute("procedure", procedure);
        model.addAttribute("inForce", procedure.versionOn(versions.today()).orElse(null));
        model.addAttribute("published", versions.publishedOf(id));
        model.addAttribute("draft", draft);
        model.addAttribute("problems", problems);
        return "catalogueadmin/procedure";
    }
}

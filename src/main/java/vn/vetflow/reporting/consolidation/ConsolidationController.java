package vn.vetflow.reporting.consolidation;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.Officers;

/** {@code /reporting/consolidation}: the Department's provincial reports per round, their exports and submission. */
@Controller
class ConsolidationController {

    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Consolidation consolidation;
    private final ConsolidationExport export;
    private final Submissions submissions;
    private final Officers officers;

    ConsolidationController(Consolidation consolidation, ConsolidationExport export, Submissions submissions,
                            Officers officers) {
        this.consolidation = consolidation;
        this.export = export;
        this.submissions = submissions;
        this.officers = officers;
    }

    @GetMapping("/reporting/consolidation")
    String rounds(Model model) {
        model.addAttribute("rounds", consolidation.rounds());
        return "consolidation/rounds";
    }

    @GetMapping("/reporting/consolidation/{code}")
    String report(@PathVariable String code, Model model) {
        ProvincialReport report = report(code);
        model.addAttribute("report", report);
        model.addAttribute("dd", DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        model.addAttribute("configured", submissions.configured());
        submissions.of(code).ifPresent(s -> {
            model.addAttribute("submission", s);
            model.addAttribute("submittedBy", officers.fullName(s.requestedBy()));
            model.addAttribute("requestedAt", DAY_TIME.format(s.requestedAt()));
            model.addAttribute("deliveredAt", s.deliveredAt() == null ? null : DAY_TIME.format(s.deliveredAt()));
        });
        return "consolidation/report";
    }

    @GetMapping("/reporting/consolidation/{code}/figures/{key}")
    String figure(@PathVariable String code, @PathVariable String key, Model model) {
        ProvincialReport report = report(code);
        model.addAttribute("report", report);
        model.addAttribute("key", key);
        model.addAttribute("lines", consolidation.drillDown(code, key));
        model.addAttribute("total", report.figure(key));
        return "consolidation/figure";
    }

    @GetMapping("/reporting/consolidation/{code}/export.json")
    ResponseEntity<byte[]> json(@PathVariable String code) {
        return file(code + ".json", MediaType.APPLICATION_JSON, export.json(report(code)));
    }

    @GetMapping("/reporting/consolidation/{code}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code) {
        return file(code + ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                export.csv(report(code)));
    }

    @GetMapping("/reporting/consolidation/{code}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code) {
        return file(code + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                export.xlsx(report(code)));
    }

    @PostMapping("/reporting/consolidation/{code}/submit")
    String submit(@PathVariable String code, Principal principal, RedirectAttributes flash) {
        try {
            submissions.request(code, principal.getName());
            flash.addFlashAttribute("message", "consolidation.submit.recorded");
        } catch (Submissions.NotSubmittableException e) {
            flash.addFlashAttribute("error", e.messageKey);
        }
        return "redirect:/reporting/consolidation/" + code;
    }

    private ProvincialReport report(String code) {
        return consolidation.of(code).orElseThrow(() -> new Submissions.RoundNotFoundException(code));
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bao-cao-tong-hop-" + name)
                        .build().toString())
                .body(body);
    }
}

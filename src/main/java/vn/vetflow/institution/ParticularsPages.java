package vn.vetflow.institution;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.Officers;
import vn.vetflow.shared.DateFormats;

/**
 * An institution's staff propose changes to its particulars ({@code /my/institution}); the Department's
 * inspectors and administrators approve or reject them ({@code /institution-changes}).
 */
@Controller
class ParticularsPages {

    private static final int REASON_MAX_LENGTH = 1000;

    private final Institutions institutions;
    private final NetworkMap network;
    private final ParticularsChanges changes;
    private final Officers officers;

    ParticularsPages(Institutions institutions, NetworkMap network, ParticularsChanges changes, Officers officers) {
        this.institutions = institutions;
        this.network = network;
        this.changes = changes;
        this.officers = officers;
    }

    /** A proposal as the pages show it: who asked and when, by full name and in dd/MM/yyyy. */
    record ChangeView(ParticularsChange change, String institutionName, InstitutionSummary current,
                      NetworkMap.Place currentPlace, String requestedBy, String requestedAt, String decidedBy,
                      String decidedAt) {

        /** Each particular now and as proposed, for the Department to compare. */
        public List<FieldChange> fields() {
            NetworkMap.Place p = currentPlace;
            return List.of(
                    FieldChange.of("address", current.address(), change.address()),
                    FieldChange.of("district", current.district(), change.district()),
                    FieldChange.of("phone", current.phone(), change.phone()),
                    FieldChange.of("email", current.email(), change.email()),
                    FieldChange.of("website", p == null ? null : p.website(), change.website()),
                    FieldChange.of("principal", current.principal(), change.principal()),
                    FieldChange.of("latitude", p == null ? null : p.latitude(), change.latitude()),
                    FieldChange.of("longitude", p == null ? null : p.longitude(), change.longitude()));
        }
    }

    record FieldChange(String field, String now, String proposed, boolean changed) {
        static FieldChange of(String field, Object now, Object proposed) {
            String before = text(now);
            String after = text(proposed);
            return new FieldChange(field, before, after, !java.util.Objects.equals(before, after));
        }

        private static String text(Object value) {
            if (value instanceof java.math.BigDecimal number) {
                return number.stripTrailingZeros().toPlainString();
            }
            return value == null || value.toString().isBlank() ? null : value.toString();
        }
    }

    @GetMapping("/my/institution")
    String mine(Authentication user, Model model) {
        InstitutionSummary institution = own(user);
        return profile(institution, ParticularsForm.of(institution, network.place(institution.code()).orElse(null)),
                Map.of(), model);
    }

    @PostMapping("/my/institution")
    String propose(@ModelAttribute ParticularsForm input, Authentication user, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        InstitutionSummary institution = own(user);
        ParticularsForm form = input.normalised();
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            try {
                changes.propose(institution.code(), user.getName(), form);
                flash.addFlashAttribute("message", "institution.change.sent");
                return "redirect:/my/institution";
            } catch (ParticularsChanges.ChangePendingException e) {
                errors = Map.of("address", "institution.change.error.pending");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return profile(institution, form, errors, model);
    }

    @GetMapping("/institution-changes")
    String waiting(Model model) {
        model.addAttribute("changes", changes.waiting().stream().map(this::view).toList());
        return "institution/changes";
    }

    @PostMapping("/institution-changes/{id}/approve")
    String approve(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        find(id);
        try {
            changes.approve(id, user.getName());
            flash.addFlashAttribute("message", "institution.change.approved");
        } catch (ParticularsChanges.ChangeDecidedException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return "redirect:/institution-changes";
    }

    @PostMapping("/institution-changes/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication user,
                  RedirectAttributes flash) {
        find(id);
        String text = reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX_LENGTH) {
            flash.addFlashAttribute("rejectError", id);
            flash.addFlashAttribute("rejectReason", reason);
            flash.addFlashAttribute("error", text.isEmpty() ? "institution.change.error.reason"
                    : "institution.error.tooLong");
            return "redirect:/institution-changes#change-" + id;
        }
        try {
            changes.reject(id, user.getName(), text);
            flash.addFlashAttribute("message", "institution.change.rejected");
        } catch (ParticularsChanges.ChangeDecidedException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return "redirect:/institution-changes";
    }

    private String profile(InstitutionSummary institution, ParticularsForm form, Map<String, String> errors,
                           Model model) {
        model.addAttribute("institution", institution);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pending", changes.pending(institution.code()).map(this::view).orElse(null));
        List<ChangeView> history = changes.of(institution.code()).stream()
                .filter(c -> c.status() != ParticularsChange.Status.PENDING).limit(10).map(this::view).toList();
        model.addAttribute("history", history);
        return "institution/profile";
    }

    private ChangeView view(ParticularsChange c) {
        InstitutionSummary current = institutions.byCode(c.institutionCode()).orElseThrow();
        return new ChangeView(c, current.name(), current, network.place(c.institutionCode()).orElse(null),
                officers.fullName(c.requestedBy()), DateFormats.dateTime(c.requestedAt()),
                c.decidedBy() == null ? null : officers.fullName(c.decidedBy()),
                c.decidedAt() == null ? null : DateFormats.dateTime(c.decidedAt()));
    }

    private InstitutionSummary own(Authentication user) {
        return institutions.ofUser(user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private ParticularsChange find(long id) {
        return changes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

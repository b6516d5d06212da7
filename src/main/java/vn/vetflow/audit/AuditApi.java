package vn.vetflow.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.identity.Roles;

/**
 * A dossier's audit trail for officers. To anyone else (an applicant, even the owner) the trail does not
 * exist: 404, as for a dossier they may not see.
 */
@RestController
@Tag(name = "Nhật ký / Audit")
class AuditApi {

    record AuditEventView(Instant at, String username, String clientAddress, String action, String detail) {

        static AuditEventView of(AuditEvent event) {
            return new AuditEventView(event.getAt(), event.getUsername(), event.getClientAddress(), event.getAction(),
                    event.getDetail());
        }
    }

    static final Set<String> READERS = Set.of(Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.SUPERVISOR,
            Roles.ADMIN);

    private final AuditTrail trail;
    private final DossierService dossiers;
    private final MessageSource messages;

    AuditApi(AuditTrail trail, DossierService dossiers, MessageSource messages) {
        this.trail = trail;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @GetMapping("/api/v1/dossiers/{code}/audit")
    @Operation(summary = "Who did what to the dossier, when and from which address; newest first (officers)")
    ResponseEntity<?> audit(@PathVariable String code, Authentication user, Locale locale) {
        if (!isReader(user) || dossiers.find(code).isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
            problem.setType(URI.create("urn:vetflow:problem:not-found"));
            problem.setTitle(messages.getMessage("audit.error.notFound", null, "Not found", locale));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        List<AuditEventView> events = trail.ofDossier(code).stream().map(AuditEventView::of).toList();
        return ResponseEntity.ok(events);
    }

    private static boolean isReader(Authentication user) {
        return UserGroups.of(user).stream().anyMatch(READERS::contains);
    }
}

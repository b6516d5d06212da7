/**
 * The audit trail: every action on a dossier and every read of its personal data, with who, when and
 * from which address, shown to officers on the case ({@code GET /api/v1/dossiers/{code}/audit}).
 *
 * <p>Requests are recorded by a Spring MVC interceptor after they succeeded, from one route table, so
 * controllers need no change. Public API: {@link vn.vetflow.audit.AuditTrail} (record, read a dossier's
 * trail), {@link vn.vetflow.audit.AuditEvent} and the action names in {@link vn.vetflow.audit.AuditAction}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "dossier", "identity",
        "publicservice", "tasks"})
package vn.vetflow.audit;

package vn.vetflow.catalogueadmin;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.audit.AuditTrail;
import vn.vetflow.catalogue.CatalogueVersions;
import vn.vetflow.catalogue.ProcedureVersion;

/** Publishes a version and writes its audit line in one transaction: both happen, or neither. */
@Service
class CataloguePublication {

    static final String AUDIT_ACTION = "CATALOGUE_VERSION_PUBLISHED";

    private final CatalogueVersions versions;
    private final AuditTrail audit;

    CataloguePublication(CatalogueVersions versions, AuditTrail audit) {
        this.versions = versions;
        this.audit = audit;
    }

    /** The audit trail files catalogue changes under a code per procedure, as plans are under KH-KT-year. */
    static String auditCode(String procedureId) {
        return "DM-" + procedureId;
    }

    @Transactional
    ProcedureVersion publish(String procedureId, String draftYaml, String username) {
        ProcedureVersion published = versions.publish(procedureId, draftYaml, username);
        audit.record(username, AUDIT_ACTION, auditCode(procedureId), procedureId + " v" + published.version()
                + " from " + published.effectiveFrom() + ", deadline " + published.deadlineDays() + " days");
        return published;
    }
}

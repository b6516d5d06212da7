package vn.vetflow.publicservice.steps;

import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.DeadlineTimers;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.publicservice.OfficialDocuments;

/** What every step needs, in one bean so that each step's constructor stays one line. */
@Component
record StepSupport(DossierService dossiers, ProcedureCatalogue catalogue, Deadlines deadlines,
                   OfficialDocuments documents, DeadlineTimers timers) {
}

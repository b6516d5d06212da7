package vn.vetflow.nationalportal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.catalogue.ProcedureVersion;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.NewDossier;
import vn.vetflow.dossier.Outcome;
import vn.vetflow.support.TestSubmissions;

/**
 * Files dossiers and moves them through their statuses with the dossier module's own transitions, each
 * step in a transaction of its own as the process would: the national portal sync sees real changes.
 */
class MovingDossiers {

    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MovingDossiers(DossierService dossiers, ProcedureCatalogue catalogue, PlatformTransactionManager transactions,
                   Clock clock) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A new dossier (status 1). */
    String file() {
        ProcedureVersion version = catalogue.currentVersion("P1", LocalDate.now(clock));
        return transaction.execute(status -> dossiers.create(new NewDossier("P1", version.version(), version.name(),
                "000.00.01.H26", TestSubmissions.applicant("npapplicant"), "Đề nghị " + version.name(),
                Channel.ONLINE, 0, Map.of(), List.of(), UUID.randomUUID().toString()))).getCode();
    }

    /** The next step of the happy path: 1 → 2 → 4 → 9 → 10; returns the new status code. */
    int step(String code) {
        return transaction.execute(status -> {
            Dossier dossier = dossiers.get(code);
            Actor officer = new Actor("npofficer", "reception");
            LocalDate today = LocalDate.now(clock);
            switch (dossier.getStatus()) {
                case NEW -> dossier.receive(officer, clock.instant(), today, today.plusDays(20), null);
                case RECEIVED -> dossier.startProcessing(officer.inStep("appraisal"), clock.instant(), 0, null);
                case PROCESSING -> dossier.decide(officer.inStep("approval"), clock.instant(), Outcome.RESULT,
                        "12/QĐ-SGDĐT", null);
                case PROCESSED -> dossier.returnResult(officer.inStep("result"), clock.instant());
                default -> throw new IllegalStateException("No next step from " + dossier.getStatus());
            }
            return dossiers.save(dossier).getStatus().code();
        });
    }

    /** The happy path's status codes after filing. */
    static final List<Integer> HAPPY_PATH = List.of(1, 2, 4, 9, 10);
}

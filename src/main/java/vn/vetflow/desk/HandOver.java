package vn.vetflow.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Channel;
import vn.vetflow.dossier.DigitisedFiles;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.dossier.UploadedFile;
import vn.vetflow.publicservice.FileTypes;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.Violation;

/**
 * The result of a dossier whose applicant chose the counter or post goes back there: the officer records
 * who handed it over and when (with the postal tracking number for post). The result is digitised when it
 * is the signed electronic result, or when the paper result issued is scanned and stored here.
 */
@Service
public class HandOver {

    /** The form of the result handed over. */
    public enum ResultForm { ELECTRONIC, PAPER }

    static final Set<String> SCAN_TYPES = Set.of("pdf", "jpg", "jpeg", "png");
    static final int MAX_SCAN_MB = 20;

    private final DossierService dossiers;
    private final DigitisedFiles digitised;
    private final ProvinceClock clock;

    HandOver(DossierService dossiers, DigitisedFiles digitised, ProvinceClock clock) {
        this.dossiers = dossiers;
        this.digitised = digitised;
        this.clock = clock;
    }

    /** Whether the desk has a hand-over to record for this dossier now. */
    public static boolean due(Dossier dossier) {
        return !dossier.returnsResultOnline() && dossier.getHandedOverAt() == null
                && dossier.getStatus() == DossierStatus.PROCESSED;
    }

    @Transactional
    public Dossier record(String code, String officer, ResultForm form, String tracking, UploadedFile scan) {
        Dossier dossier = dossiers.get(code);
        List<Violation> violations = new ArrayList<>();
        if (!due(dossier)) {
            violations.add(Violation.of("handOver", "desk.error.notDue"));
        }
        if (form == null) {
            violations.add(Violation.of("resultForm", "desk.error.required"));
        }
        String trackingNumber = tracking == null ? "" : tracking.strip();
        if (dossier.getResultChannel() == Channel.PUBLIC_POST) {
            if (trackingNumber.isEmpty()) {
                violations.add(Violation.of("tracking", "desk.error.tracking"));
            } else if (!trackingNumber.matches("[A-Za-z0-9\\-]{6,40}")) {
                violations.add(Violation.of("tracking", "desk.error.trackingFormat"));
            }
        }
        if (scan != null) {
            checkScan(scan).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (scan != null) {
            digitised.storeResultScan(dossier, scan, officer);
        }
        dossier.handOver(new Actor(officer, "result"), clock.now(), trackingNumber,
                form == ResultForm.ELECTRONIC || scan != null);
        return dossiers.save(dossier);
    }

    static java.util.Optional<Violation> checkScan(UploadedFile scan) {
        if (scan.content().length == 0) {
            return java.util.Optional.of(Violation.of("scan", "dossier.error.emptyFile", scan.fileName()));
        }
        if (scan.content().length > MAX_SCAN_MB * 1024L * 1024L) {
            return java.util.Optional.of(Violation.of("scan", "dossier.error.fileTooLarge", scan.fileName(),
                    MAX_SCAN_MB));
        }
        if (!FileTypes.matches(scan.content(), scan.fileName(), SCAN_TYPES)) {
            return java.util.Optional.of(Violation.of("scan", "dossier.error.fileType", scan.fileName(),
                    String.join(", ", SCAN_TYPES.stream().sorted().toList())));
        }
        return java.util.Optional.empty();
    }
}

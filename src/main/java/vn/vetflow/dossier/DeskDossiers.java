package vn.vetflow.dossier;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk's lists (issue 17): dossiers registered there, and results waiting to be handed over or posted. */
@Service
@Transactional(readOnly = true)
public class DeskDossiers {

    private final DossierRepository dossiers;

    DeskDossiers(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    public List<Dossier> awaitingHandOver() {
        return dossiers.findByStatusAndHandedOverAtIsNullAndResultChannelInOrderByProcessingEndedAtAsc(
                DossierStatus.PROCESSED, List.of(Channel.IN_PERSON, Channel.PUBLIC_POST));
    }

    public List<Dossier> recentIntakes() {
        return dossiers.findTop20ByIntakeByIsNotNullOrderBySubmittedAtDesc();
    }
}

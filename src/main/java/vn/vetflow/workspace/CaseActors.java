package vn.vetflow.workspace;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.identity.Officers;

/**
 * Who acted on a dossier, as people read it: the officer's full name, the applicant's name for their own
 * actions, the system as such; never a login (form 06 and the case file page share this).
 */
@Component
class CaseActors {

    private final Officers officers;
    private final MessageSource messages;

    CaseActors(Officers officers, MessageSource messages) {
        this.officers = officers;
        this.messages = messages;
    }

    String name(Dossier dossier, String username, Locale locale) {
        if (username == null || Actor.SYSTEM.equals(username)) {
            return messages.getMessage("controlslip.system", null, "Hệ thống", locale);
        }
        if (username.equals(dossier.getApplicantUsername())) {
            return dossier.getApplicantName();
        }
        return officers.knownFullName(username)
                .orElseGet(() -> messages.getMessage("controlslip.unknownOfficer", null, "Cán bộ", locale));
    }
}

package vn.vetflow.publicservice;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.vetflow.identity.OrganisationUnits;
import vn.vetflow.identity.Roles;
import vn.vetflow.tasks.TaskWork;

/**
 * Who among the officers may open a dossier's case file and who assigns work. The tasks themselves are
 * worked through the task door ({@link TaskWork}), with this process's rules in {@link PublicServiceSteps}.
 */
@Service
public class OfficerWork {

    private final OrganisationUnits units;

    OfficerWork(OrganisationUnits units) {
        this.units = units;
    }

    /**
     * Whether an officer may open a dossier's case file (attachments, documents, comments): one of their
     * units processes its procedure or serves its steps; administrators may open any.
     */
    public boolean mayOpenCase(String procedureId, List<String> groups) {
        if (groups.contains(Roles.ADMIN)) {
            return true;
        }
        var serving = units.unitsServing(PublicServiceProperties.PROCESS_KEY, procedureId);
        return units.among(groups).stream().anyMatch(serving::contains);
    }

    /** Leaders and administrators assign tasks to others. */
    public static boolean mayAssign(List<String> groups) {
        return TaskWork.mayAssign(groups);
    }
}

package vn.vetflow.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A procedure of the catalogue with all its versions, ordered by version number. */
public record Procedure(String id, List<ProcedureVersion> versions) {

    public Procedure {
        Objects.requireNonNull(id, "id");
        versions = versions.stream()
                .map(Objects::requireNonNull)
                .sorted(Comparator.comparingInt(ProcedureVersion::version))
                .toList();
        for (ProcedureVersion v : versions) {
            if (!v.procedureId().equals(id)) {
                throw new IllegalArgumentException(
                        "version " + v.version() + " belongs to " + v.procedureId() + ", not to " + id);
            }
        }
    }

    /** The version that applies on the given day, if any. */
    public Optional<ProcedureVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> v.isEffectiveOn(day)).findFirst();
    }
}

package vn.vetflow.catalogue;

import java.time.LocalDate;

/** A procedure is not in the catalogue, or has no version for the day or number asked for. */
public class ProcedureNotFoundException extends RuntimeException {

    private final String procedureId;
    private final LocalDate day;
    private final Integer version;

    /** No version of the procedure applies on {@code day}. */
    public ProcedureNotFoundException(String procedureId, LocalDate day) {
        this("Procedure " + procedureId + " has no version effective on " + day, procedureId, day, null);
    }

    /** The procedure has no version with this number. */
    public ProcedureNotFoundException(String procedureId, int version) {
        this("Procedure " + procedureId + " has no version " + version, procedureId, null, version);
    }

    private ProcedureNotFoundException(String message, String procedureId, LocalDate day, Integer version) {
        super(message);
        this.procedureId = procedureId;
        this.day = day;
        this.version = version;
    }

    static ProcedureNotFoundException unknown(String procedureId, LocalDate day) {
        return new ProcedureNotFoundException(
                "Procedure " + procedureId + " is not in the catalogue (asked for " + day + ")",
                procedureId, day, null);
    }

    /** No procedure has this id at all. */
    public static ProcedureNotFoundException unknownId(String procedureId) {
        return new ProcedureNotFoundException("Procedure " + procedureId + " is not in the catalogue",
                procedureId, null, null);
    }

    static ProcedureNotFoundException unknown(String procedureId, int version) {
        return new ProcedureNotFoundException(
                "Procedure " + procedureId + " is not in the catalogue (asked for version " + version + ")",
                procedureId, null, version);
    }

    public String getProcedureId() {
        return procedureId;
    }

    /** The day asked for, or {@code null} when a version number was asked for. */
    public LocalDate getDay() {
        return day;
    }

    /** The version number asked for, or {@code null} when a day was asked for. */
    public Integer getVersion() {
        return version;
    }
}

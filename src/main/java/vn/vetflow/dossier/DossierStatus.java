package vn.vetflow.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * A dossier's status, numbered as the national public service portal numbers them, so a status sync
 * needs no mapping table. Reports group 5, 6 and 8 as paused and 7, 9 and 10 as done.
 */
public enum DossierStatus {
    NEW(1),
    RECEIVED(2),
    NOT_RECEIVED(3),
    PROCESSING(4),
    SUPPLEMENT_REQUESTED(5),
    PAYMENT_REQUIRED(6),
    WITHDRAWN(7),
    STOPPED(8),
    PROCESSED(9),
    RESULT_RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static DossierStatus ofCode(int code) {
        for (DossierStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown dossier status code " + code);
    }

    /** The statuses this one may move to; anything else is a programming or concurrency error. */
    public Set<DossierStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(RECEIVED, NOT_RECEIVED, SUPPLEMENT_REQUESTED, WITHDRAWN);
            case SUPPLEMENT_REQUESTED -> EnumSet.of(NEW, PROCESSING, NOT_RECEIVED, STOPPED, WITHDRAWN);
            case RECEIVED -> EnumSet.of(PAYMENT_REQUIRED, PROCESSING, WITHDRAWN);
            case PAYMENT_REQUIRED -> EnumSet.of(PROCESSING, STOPPED, WITHDRAWN);
            case PROCESSING -> EnumSet.of(SUPPLEMENT_REQUESTED, PROCESSED, STOPPED, WITHDRAWN);
            case PROCESSED -> EnumSet.of(RESULT_RETURNED);
            case NOT_RECEIVED, WITHDRAWN, STOPPED, RESULT_RETURNED -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    public boolean canMoveTo(DossierStatus target) {
        return next().contains(target);
    }

    /** The applicant may withdraw until the result exists. */
    public boolean isWithdrawable() {
        return canMoveTo(WITHDRAWN);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** 5, 6 and 8 are reported as paused. */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == PAYMENT_REQUIRED || this == STOPPED;
    }

    /** 7, 9 and 10 are reported as done. */
    public boolean isDone() {
        return this == WITHDRAWN || this == PROCESSED || this == RESULT_RETURNED;
    }

    /** Message key of the status label in the dossier bundle. */
    public String messageKey() {
        return "dossier.status." + name();
    }
}

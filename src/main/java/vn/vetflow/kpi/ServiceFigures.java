package vn.vetflow.kpi;

/**
 * The one-stop counts of a period for one group (a procedure, a unit, an officer, or everything).
 * Received-side counts come from the days of receipt, finished-side counts from the end days, running
 * counts are judged at the period's end, carried-over ones at the day before it starts.
 */
final class ServiceFigures {

    final String key;
    long received;
    long receivedOnline;
    long feeRequired;
    long paidOnline;
    long digitised;
    long finished;
    long early;
    long onTime;
    long late;
    long resolutionDays;
    long resultExpected;
    long eResult;
    long rated;
    long dissatisfied;
    long carriedOver;
    long runningNotDue;
    long runningDueSoon;
    long runningLate;

    ServiceFigures(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    long toProcess() {
        return carriedOver + received;
    }

    long running() {
        return runningNotDue + runningDueSoon + runningLate;
    }

    /** Decision 766 on-time rate: finished on time plus running not late, over finished plus running. */
    Double onTimeRate() {
        long handled = finished + running();
        return handled == 0 ? null : (double) (early + onTime + runningNotDue + runningDueSoon) / handled;
    }

    /** Classic one-stop late rate: (late running + late done) ÷ to process. */
    Double lateRate() {
        return toProcess() == 0 ? null : (double) (runningLate + late) / toProcess();
    }

    /** Classic one-stop on-time rate: 100% − late rate. */
    Double classicOnTimeRate() {
        Double late = lateRate();
        return late == null ? null : 1 - late;
    }

    /** Average resolution time in working days (clock pauses excluded) over finished dossiers. */
    Double averageResolutionDays() {
        return finished == 0 ? null : (double) resolutionDays / finished;
    }

    Double onlineRate() {
        return ratio(receivedOnline, received);
    }

    Double onlinePaymentRate() {
        return ratio(paidOnline, feeRequired);
    }

    Double electronicResultRate() {
        return ratio(eResult, resultExpected);
    }

    Double digitisationRate() {
        return ratio(digitised, received);
    }

    /**
     * Satisfaction = 100% − (overdue rate + dissatisfied rate): overdue over dossiers handled in the period
     * (the on-time population), dissatisfied ratings over finished dossiers.
     */
    Double satisfaction() {
        Double onTimeRate = onTimeRate();
        if (onTimeRate == null) {
            return null;
        }
        double dissatisfiedRate = finished == 0 ? 0 : (double) dissatisfied / finished;
        return Math.max(0, 1 - ((1 - onTimeRate) + dissatisfiedRate));
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}

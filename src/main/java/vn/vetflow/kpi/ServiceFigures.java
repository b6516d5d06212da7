package vn.vetflow.kpi;

/**
 * The one-stop counts of a period for one group (a procedure, a unit, an officer, or everything).
 * Received-side counts come from the days of receipt, finished-side counts from the end days, running
 * counts are judged at the period's end, carried-over ones at the day before it starts.
 */
public final class ServiceFigures {

    public final String key;
    public long received;
    public long receivedOnline;
    public long feeRequired;
    public long paidOnline;
    public long digitised;
    /** Received dossiers with at least one reused digitised component (from the cells). */
    public long reused;
    /** Received dossiers whose every status reached the national portal (from the cells). */
    public long synced;
    public long finished;
    public long early;
    public long onTime;
    public long late;
    public long resolutionDays;
    public long resultExpected;
    public long eResult;
    public long rated;
    public long dissatisfied;
    public long carriedOver;
    public long runningNotDue;
    public long runningDueSoon;
    public long runningLate;

    ServiceFigures(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public long toProcess() {
        return carriedOver + received;
    }

    public long running() {
        return runningNotDue + runningDueSoon + runningLate;
    }

    /** Decision 766 on-time rate: finished on time plus running not late, over finished plus running. */
    public Double onTimeRate() {
        long handled = finished + running();
        return handled == 0 ? null : (double) (early + onTime + runningNotDue + runningDueSoon) / handled;
    }

    /** Classic one-stop late rate: (late running + late done) ÷ to process. */
    public Double lateRate() {
        return toProcess() == 0 ? null : (double) (runningLate + late) / toProcess();
    }

    /** Classic one-stop on-time rate: 100% − late rate. */
    public Double classicOnTimeRate() {
        Double late = lateRate();
        return late == null ? null : 1 - late;
    }

    /** Average resolution time in working days (clock pauses excluded) over finished dossiers. */
    public Double averageResolutionDays() {
        return finished == 0 ? null : (double) resolutionDays / finished;
    }

    public Double onlineRate() {
        return ratio(receivedOnline, received);
    }

    public Double onlinePaymentRate() {
        return ratio(paidOnline, feeRequired);
    }

    public Double electronicResultRate() {
        return ratio(eResult, resultExpected);
    }

    public Double digitisationRate() {
        return ratio(digitised, received);
    }

    public Double reuseRate() {
        return ratio(reused, received);
    }

    /**
     * Satisfaction = 100% − (overdue rate + dissatisfied rate): overdue over dossiers handled in the period
     * (the on-time population), dissatisfied ratings over finished dossiers.
     */
    public Double satisfaction() {
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

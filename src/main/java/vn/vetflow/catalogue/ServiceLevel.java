package vn.vetflow.catalogue;

/** Online service level as named by Decree 42/2022. */
public enum ServiceLevel {
    /** "Toàn trình": submission, exchange, payment and result all online. */
    FULL_ONLINE,
    /** "Một phần": at least one step needs a visit (an original paper, a wet signature). */
    PARTLY_ONLINE
}

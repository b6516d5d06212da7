package vn.vetflow.inspection;

import java.time.LocalDate;

/** A legal time limit of an inspection passed (internal: the leaders are told by mail after commit). */
record InspectionEscalated(String code, String institutionName, String kind, LocalDate dueOn) {
}

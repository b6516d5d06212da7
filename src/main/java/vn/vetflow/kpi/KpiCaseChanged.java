package vn.vetflow.kpi;

/** A case (dossier) changed in a committed transaction: its rows in the read model are refreshed. */
public record KpiCaseChanged(String businessKey) {
}

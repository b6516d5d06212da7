package vn.vetflow.inspection;

import java.time.Instant;

/**
 * An inspection entered a stage. Published after the change is committed; read models (KPIs) listen.
 *
 * @param paper true for an inspection run outside the system and registered afterwards
 */
public record InspectionStageChanged(String code, String institutionCode, String institutionName,
        InspectionStage stage, boolean paper, Instant at) {
}

/**
 * The register of VET institutions of the province: identity, registered occupations with scale and
 * enrolment, the staff accounts linked to each institution, and the risk hints that help draft the
 * annual inspection plan (scored by the DMN table {@code processes/inspection-risk.dmn}).
 *
 * <p>Public API: {@link vn.vetflow.institution.Institutions} (look-ups, members, recording a closed
 * inspection), {@link vn.vetflow.institution.InstitutionSummary}, {@link vn.vetflow.institution.InstitutionType},
 * {@link vn.vetflow.institution.RiskHints} and {@link vn.vetflow.institution.RiskAssessment}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package vn.vetflow.institution;

/**
 * The register of diplomas and certificates issued by the province's VET institutions: institutions record
 * their graduates' documents (a form, or a spreadsheet with a per-row error report) and anyone checks a
 * document by its number and the holder's name, without seeing identity data. Look-ups are rate-limited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"institution", "identity", "shared"})
package vn.vetflow.diplomas;

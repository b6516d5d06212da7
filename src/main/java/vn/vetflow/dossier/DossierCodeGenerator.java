package vn.vetflow.dossier;

import java.time.LocalDate;

/**
 * Hands out dossier codes. The format under Circular 03/2025 is not confirmed, so the generator is a
 * port: a province replaces the bean to change the format. Whatever the format, a code is never handed
 * out twice, also under concurrency and across cluster nodes.
 */
public interface DossierCodeGenerator {

    String nextCode(String agencyCode, LocalDate day);
}

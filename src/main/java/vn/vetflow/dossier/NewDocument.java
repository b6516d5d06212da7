package vn.vetflow.dossier;

import java.util.Map;

/**
 * A document to record for a dossier inside the step that issues it; its PDF is made after commit.
 *
 * @param type       the document type (a {@code DocumentType} name: RECEIPT, RESULT, …)
 * @param number     number and symbol, taken inside the step so numbering stays gap-free and ordered
 * @param title      the title shown in listings
 * @param version    1, or the next version when the same document is issued again (a new receipt)
 * @param fields     the values the PDF is rendered from (strings, lists and maps; JSON-serialisable)
 * @param signerKey  whose certificate signs it: an officer's login, or "org:…" for the agency's seal
 * @param signerName the signer's full name as printed, or the agency's name for a seal
 */
public record NewDocument(String type, String number, String title, int version, Map<String, Object> fields,
                          String signerKey, String signerName) {
}

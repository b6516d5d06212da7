package vn.vetflow.workspace;

import java.util.List;

/**
 * Everything an officer sees of a case on the task page, formatted for people (dates dd/MM/yyyy,
 * labels resolved), so the template only prints.
 */
record CaseFile(Header header, List<Value> form, List<File> attachments, List<Document> documents,
                List<Supplement> supplements, List<Slip> slip, List<Comment> comments) {

    record Header(String code, String procedure, String subject, String applicantName, String applicantIdNumber,
                  String applicantPhone, String applicantEmail, String applicantAddress, String statusKey,
                  String received, String appointment, Integer workingDaysLeft, Integer provisionalYear) {
    }

    /** A filled-in field of the application form with its label from the schema. */
    record Value(String label, String value) {
    }

    /** A filed file; {@code preview} is pdf, image or none. */
    record File(Long id, String componentName, String fileName, String contentType, String preview, int round,
                String uploaded, boolean digitised, String reusedFromDossier) {
    }

    /** An issued document; {@code ready} once rendered after commit, {@code signed} when it carries a signature. */
    record Document(Long id, String title, String number, String issued, boolean ready, boolean signed,
                    String signerName, String signedAt) {
    }

    record Supplement(int round, String requested, String requestedBy, String text, List<String> items, String dueOn,
                      String answered, String answerNote) {
    }

    /** One line of the process control slip; {@code timelinessKey} and {@code colour} empty while open. */
    record Slip(String at, String actor, String stepKey, String action, String note, String dueOn,
                String timelinessKey, String colour) {
    }

    record Comment(String at, String author, String text) {
    }
}

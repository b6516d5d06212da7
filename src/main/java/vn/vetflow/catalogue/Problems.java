package vn.vetflow.catalogue;

import java.util.List;

/**
 * Collects problem lines that name where they were found:
 * {@code <file>: procedure <id> version <n>: <field>: <what is wrong>}.
 */
final class Problems {

    private final List<String> sink;
    private final String file;
    private final String procedureId;
    private final String version;

    private Problems(List<String> sink, String file, String procedureId, String version) {
        this.sink = sink;
        this.file = file;
        this.procedureId = procedureId;
        this.version = version;
    }

    /** Problems about a whole file, before its procedure is known. */
    static Problems inFile(List<String> sink, String file) {
        return new Problems(sink, file, null, null);
    }

    /** Problems about a procedure; a {@code null} id is shown as "(no id)". */
    Problems procedure(String id) {
        return new Problems(sink, file, id == null || id.isBlank() ? "(no id)" : id, null);
    }

    /** Problems about one version of the current procedure, e.g. "2" or "at position 2". */
    Problems version(String label) {
        return new Problems(sink, file, procedureId, label);
    }

    void add(String field, String text) {
        StringBuilder line = new StringBuilder(file).append(": ");
        if (procedureId != null) {
            line.append("procedure ").append(procedureId);
            if (version != null) {
                line.append(" version ").append(version);
            }
            line.append(": ");
        }
        if (field != null && !field.isEmpty()) {
            line.append(field).append(": ");
        }
        sink.add(line.append(text).toString());
    }

    int count() {
        return sink.size();
    }
}

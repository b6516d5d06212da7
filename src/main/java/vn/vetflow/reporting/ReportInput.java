package vn.vetflow.reporting;

import java.util.List;
import java.util.Map;

/**
 * What an institution sends with its report beyond the form's single figures: the table cells by
 * {@link FigureKey#field()} as typed, and evidence files.
 */
public record ReportInput(Map<String, String> cells, List<Upload> files) {

    public ReportInput {
        cells = cells == null ? Map.of() : Map.copyOf(cells);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** An evidence file as uploaded. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }
}

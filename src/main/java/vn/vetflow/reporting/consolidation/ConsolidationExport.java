package vn.vetflow.reporting.consolidation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vetflow.reporting.consolidation.ProvincialReport.FigureTotal;
import vn.vetflow.reporting.consolidation.ProvincialReport.ReportLine;
import vn.vetflow.reporting.consolidation.ProvincialReport.TableCell;

/**
 * The provincial report as data (JSON: the report itself, the same bytes that are submitted; CSV: one line per figure
 * and table cell) and as the spreadsheet people use (three sheets), with Vietnamese headers.
 */
@Component
class ConsolidationExport {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final ObjectMapper json;
    private final MessageSource messages;

    ConsolidationExport(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    byte[] json(ProvincialReport report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the provincial report as JSON", e);
        }
    }

    List<String> csvHeaders() {
        return List.of(m("consolidation.col.section"), m("consolidation.col.key"), m("consolidation.col.figure"),
                m("consolidation.col.level"), m("consolidation.col.occupationCode"), m("consolidation.col.occupation"),
                m("consolidation.col.value"), m("consolidation.col.share"));
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese text right. */
    byte[] csv(ProvincialReport report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, csvHeaders());
        for (FigureTotal f : report.figures()) {
            line(out, List.of("figure", f.key(), figureLabel(f.key()), "", "", "", plain(f.total()), plain(f.share())));
        }
        for (TableCell c : report.cells()) {
            line(out, List.of(c.table(), c.table(), figureLabel(c.table()), c.level(), c.occupationCode(),
                    c.occupationName(), plain(c.total()), ""));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(ProvincialReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet figures = book.createSheet(m("consolidation.sheet.figures"));
            header(figures, List.of(m("consolidation.col.figure"), m("consolidation.col.value"),
                    m("consolidation.col.share"), m("consolidation.col.institutions")));
            int r = 1;
            for (FigureTotal f : report.figures()) {
                Row row = figures.createRow(r++);
                row.createCell(0).setCellValue(figureLabel(f.key()));
                row.createCell(1).setCellValue(f.total().doubleValue());
                if (f.share() != null) {
                    row.createCell(2).setCellValue(f.share().doubleValue());
                }
                row.createCell(3).setCellValue(f.institutions());
            }
            Sheet tables = book.createSheet(m("consolidation.sheet.tables"));
            header(tables, List.of(m("consolidation.col.figure"), m("consolidation.col.level"),
                    m("consolidation.col.occupationCode"), m("consolidation.col.occupation"), m("consolidation.col.value")));
            r = 1;
            for (TableCell c : report.cells()) {
                Row row = tables.createRow(r++);
                row.createCell(0).setCellValue(figureLabel(c.table()));
                row.createCell(1).setCellValue(m("institution.level." + c.level()));
                row.createCell(2).setCellValue(c.occupationCode());
                row.createCell(3).setCellValue(c.occupationName());
                row.createCell(4).setCellValue(c.total().doubleValue());
            }
            Sheet reports = book.createSheet(m("consolidation.sheet.reports"));
            header(reports, List.of(m("consolidation.col.institution"), m("consolidation.col.type"),
                    m("consolidation.col.status"), m("consolidation.col.late")));
            r = 1;
            for (ReportLine l : report.reports()) {
                Row row = reports.createRow(r++);
                row.createCell(0).setCellValue(l.institutionName());
                row.createCell(1).setCellValue(m("institution.type." + l.type().name()));
                row.createCell(2).setCellValue(m("consolidation.status." + l.status()));
                row.createCell(3).setCellValue(l.late() ? m("consolidation.yes") : m("consolidation.no"));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the spreadsheet", e);
        }
    }

    String figureLabel(String key) {
        return m("reporting.figure." + key);
    }

    private static void header(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String text : cells) {
            quoted.add(text.contains(",") || text.contains("\"") || text.contains("\n")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    private String m(String key) {
        return messages.getMessage(key, null, key, VI);
    }
}

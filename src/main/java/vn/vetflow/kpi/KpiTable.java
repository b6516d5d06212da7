package vn.vetflow.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A table as people export it: a title, column headers and rows of numbers or text; CSV or XLSX. */
record KpiTable(String title, List<String> headers, List<List<Object>> rows) {

    /** UTF-8 with a byte-order mark so spreadsheet programs read the Vietnamese text right. */
    byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headers.stream().map(h -> (Object) h).toList());
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName(title));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object cell = cells.get(i);
                    if (cell instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        row.createCell(i).setCellValue(cell.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the spreadsheet", e);
        }
    }

    /** Excel refuses sheet names with : \\ / ? * [ ] or longer than 31 characters; replace and cut them. */
    static String sheetName(String title) {
        return WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "KPI" : title.strip(), '-');
    }
}

package vn.vetflow.diplomas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.vetflow.shared.DateFormats;

/**
 * The spreadsheet institutions fill in: one diploma per row under a header row, in the columns of
 * {@link #HEADERS}. Cells are read as they are shown (an identity number typed as a number keeps its digits,
 * a date cell becomes dd/MM/yyyy). The template's identity-number column is text, so leading zeros stay.
 */
@Component
public class DiplomaSheets {

    public static final List<String> HEADERS = List.of("Số hiệu", "Họ và tên người học", "Số định danh cá nhân",
            "Mã ngành, nghề", "Tên ngành, nghề", "Trình độ", "Ngày cấp (dd/MM/yyyy)", "Người ký");
    /** A sheet larger than a year's graduates of the largest college is a mistake (or an attack). */
    public static final int MAX_ROWS = 5000;

    /** The sheet could not be read, or has too many rows; the message key says which. */
    public static class UnreadableSheetException extends RuntimeException {
        private final String messageKey;

        UnreadableSheetException(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The rows of the first sheet by their row number as the spreadsheet shows it; blank rows skipped. */
    public Map<Integer, DiplomaInput> read(InputStream xlsx) {
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new UnreadableSheetException("diplomas.import.error.tooMany", null);
            }
            DataFormatter formatter = new DataFormatter();
            Map<Integer, DiplomaInput> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] cells = new String[HEADERS.size()];
                boolean blank = true;
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i), formatter);
                    blank &= cells[i].isBlank();
                }
                if (!blank) {
                    rows.put(row.getRowNum() + 1, new DiplomaInput(cells[0], cells[1], identity(cells[2]), cells[3], cells[4],
                            cells[5], cells[6], cells[7]));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSheetException unreadable) {
                throw unreadable;
            }
            throw new UnreadableSheetException("diplomas.import.error.unreadable", e);
        }
    }

    /** An empty sheet with the header row, the identity-number column as text. */
    public byte[] template() {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Văn bằng");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 22 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DateFormats.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            // Long numbers would be shown in scientific notation; integral values are read digit by digit.
            java.math.BigDecimal value = java.math.BigDecimal.valueOf(cell.getNumericCellValue());
            if (value.stripTrailingZeros().scale() <= 0) {
                return value.toBigInteger().toString();
            }
        }
        return formatter.formatCellValue(cell).strip();
    }

    /**
     * Every identity number (CCCD) begins with 0, the first digit of its province code; a sheet that typed
     * one as a number dropped that 0, so eleven digits get it back.
     */
    private static String identity(String cell) {
        return cell.matches("\\d{11}") ? "0" + cell : cell;
    }
}

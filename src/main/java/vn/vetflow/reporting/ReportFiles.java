package vn.vetflow.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Evidence files in and out of the reporting pages. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** The non-empty files of a request as uploads. */
    static List<ReportInput.Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> !f.isEmpty()).map(f -> {
            try {
                return new ReportInput.Upload(f.getOriginalFilename() == null ? "file" : f.getOriginalFilename(),
                        f.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : f.getContentType(),
                        f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** A report's file as a download (never rendered inline: it is what an institution sent). */
    static ResponseEntity<byte[]> download(ReportingRounds rounds, Report report, long fileId) {
        byte[] content = rounds.fileContent(report.id(), fileId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + report.id() + "-" + fileId
                        + "\"")
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}

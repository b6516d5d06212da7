package vn.vetflow.documents;

import java.util.Arrays;

/**
 * Milliseconds to render each official document (Thymeleaf → XHTML → tagged PDF with subset fonts), one
 * thread, after a warm-up, with the realistic models of the document tests. Rendering is most of the
 * background work a lifecycle causes (issue 15), so this isolates it from the engine and the database.
 *
 * <pre>mvn -q -o -DskipTests test-compile exec:java@document-benchmark -Drenders=200</pre>
 */
public final class DocumentRenderingBenchmark {

    private DocumentRenderingBenchmark() {
    }

    public static void main(String[] args) {
        int renders = Integer.getInteger("renders", 200);
        int warmup = Integer.getInteger("warmup", Math.max(30, renders / 4));
        PdfDocumentRenderer renderer = new PdfDocumentRenderer();
        System.out.printf("Document rendering: %d renders per document after %d warm-up, 1 thread%n", renders, warmup);
        System.out.printf("%-20s %8s %8s %8s %10s%n", "document", "mean ms", "p50 ms", "p95 ms", "bytes");
        for (DocumentType type : DocumentType.values()) {
            var model = DocumentModels.full(type);
            for (int i = 0; i < warmup; i++) {
                renderer.render(type, model);
            }
            double[] ms = new double[renders];
            int bytes = 0;
            for (int i = 0; i < renders; i++) {
                long start = System.nanoTime();
                bytes = renderer.render(type, model).length;
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            double mean = Arrays.stream(ms).average().orElse(0);
            Arrays.sort(ms);
            System.out.printf("%-20s %8.1f %8.1f %8.1f %10d%n", type, mean, ms[renders / 2],
                    ms[(int) Math.ceil(renders * 0.95) - 1], bytes);
        }
        System.out.printf("load average %.2f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}

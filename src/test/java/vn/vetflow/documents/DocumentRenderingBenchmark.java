package vn.vetflow.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Milliseconds to render each official document (Thymeleaf → XHTML → tagged PDF with subset fonts), one
 * thread, after a warm-up, with the realistic models of the document tests. Rendering is most of the
 * background work a lifecycle causes (issue 15), so this isolates it from the engine and the database.
 * The processor time per document is printed too (steadier than wall time on a shared machine), and with
 * {@code -Dsign=true} the document is also signed (PAdES B-B, a throw-away key; no time-stamp) and the
 * signing's own processor time printed.
 *
 * <pre>mvn -q -o -DskipTests test-compile exec:java@document-benchmark -Drenders=200 [-Dsign=true]</pre>
 */
public final class DocumentRenderingBenchmark {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private DocumentRenderingBenchmark() {
    }

    public static void main(String[] args) {
        int renders = Integer.getInteger("renders", 200);
        int warmup = Integer.getInteger("warmup", Math.max(30, renders / 4));
        boolean sign = Boolean.getBoolean("sign");
        PdfDocumentRenderer renderer = new PdfDocumentRenderer();
        PadesSigner signer = sign ? throwAwaySigner() : null;
        SignatureRequest request = new SignatureRequest("bench", "Nguyễn Văn A", "Ký ban hành văn bản số 15/TN",
                "Lào Cai");
        System.out.printf("Document rendering: %d renders per document after %d warm-up, 1 thread%s%n", renders,
                warmup, sign ? ", then signed" : "");
        System.out.printf("%-20s %8s %8s %8s %10s %10s %10s%n", "document", "mean ms", "p50 ms", "p95 ms", "bytes",
                "cpu ms", sign ? "sign cpu ms" : "");
        double totalCpu = 0;
        double totalSignCpu = 0;
        for (DocumentType type : DocumentType.values()) {
            var model = DocumentModels.full(type);
            for (int i = 0; i < warmup; i++) {
                byte[] pdf = renderer.render(type, model);
                if (sign) {
                    signer.sign(pdf, request);
                }
            }
            double[] ms = new double[renders];
            int bytes = 0;
            long cpu = 0;
            long signCpu = 0;
            for (int i = 0; i < renders; i++) {
                long start = System.nanoTime();
                long cpuStart = THREAD.getCurrentThreadCpuTime();
                byte[] pdf = renderer.render(type, model);
                ms[i] = (System.nanoTime() - start) / 1e6;
                long cpuRendered = THREAD.getCurrentThreadCpuTime();
                cpu += cpuRendered - cpuStart;
                bytes = pdf.length;
                if (sign) {
                    signer.sign(pdf, request);
                    signCpu += THREAD.getCurrentThreadCpuTime() - cpuRendered;
                }
            }
            double mean = Arrays.stream(ms).average().orElse(0);
            Arrays.sort(ms);
            totalCpu += cpu / 1e6 / renders;
            totalSignCpu += signCpu / 1e6 / renders;
            System.out.printf("%-20s %8.1f %8.1f %8.1f %10d %10.1f %10s%n", type, mean, ms[renders / 2],
                    ms[(int) Math.ceil(renders * 0.95) - 1], bytes, cpu / 1e6 / renders,
                    sign ? String.format("%.1f", signCpu / 1e6 / renders) : "");
        }
        int types = DocumentType.values().length;
        System.out.printf("mean over the documents: cpu %.1f ms to render%s%n", totalCpu / types,
                sign ? String.format(", %.1f ms to sign", totalSignCpu / types) : "");
        System.out.printf("load average %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** A signer with a fresh CA and signer key of the demo CA's kind (RSA 2048), held in memory. */
    private static PadesSigner throwAwaySigner() {
        Instant from = Instant.now().minus(Duration.ofDays(1));
        KeyPair caKeys = Certificates.rsaKeyPair();
        X500Name caName = Certificates.name("Benchmark CA", "vetflow", "benchmark");
        var ca = Certificates.issue(caName, caKeys, caName, caKeys.getPrivate(), true, from, Duration.ofDays(30));
        KeyPair keys = Certificates.rsaKeyPair();
        var certificate = Certificates.issue(Certificates.name("Nguyễn Văn A", "vetflow", "benchmark"), keys, caName,
                caKeys.getPrivate(), false, from, Duration.ofDays(30));
        LocalKey key = new LocalKey(keys.getPrivate(), List.of(certificate, ca));
        SigningKeySource source = new SigningKeySource() {
            @Override
            public boolean holds(String signerKey) {
                return true;
            }

            @Override
            public Optional<SigningKey> key(String signerKey, String signerName) {
                return Optional.of(key);
            }
        };
        return new PadesSigner(List.of(source), TimeStamps.none(), Clock.systemUTC());
    }
}

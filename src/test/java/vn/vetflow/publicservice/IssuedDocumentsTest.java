package vn.vetflow.publicservice;

import vn.vetflow.tasks.TaskWork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.documents.DocumentSigning;
import vn.vetflow.documents.PdfDocumentRenderer;
import vn.vetflow.documents.SignatureRequest;
import vn.vetflow.documents.SignatureVerifier;
import vn.vetflow.documents.SignedPdf;
import vn.vetflow.documents.SigningUnavailableException;
import vn.vetflow.documents.Verification;
import vn.vetflow.dossier.DocumentSummary;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierDocument;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.dossier.IssuedDocuments;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.shared.AgencyProperties;
import vn.vetflow.shared.DocumentReaction;
import vn.vetflow.support.OccupiedExecutors;
import vn.vetflow.support.TestDocuments;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.VetflowTest;

/**
 * Documents are recorded inside the issuing step and rendered and signed after commit: the receipt
 * carries the receiving officer's full name and a PAdES signature of their (demo CA) certificate that
 * PDFBox and pdfsig verify and any change breaks; until the PDF exists the pages and the API say the
 * document is being prepared; preparing a document twice does not make a second PDF. Documents are made on a
 * thread of their own, so other reactions never wait behind them.
 */
@VetflowTest
class IssuedDocumentsTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String OFFICER = "hoatiepnhan";
    static final String OFFICER_NAME = "Nguyễn Thị Hoa";

    @Autowired DossierSubmission submission;
    @Autowired TaskWork work;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired vn.vetflow.identity.Officers officers;
    @Autowired DossierService dossiers;
    @Autowired IssuedDocuments issued;
    @Autowired DocumentPreparation preparation;
    @Autowired SignatureVerifier verifier;
    @Autowired PublicServiceProperties publicService;
    @Autowired PdfDocumentRenderer renderer;
    @Autowired AgencyProperties agency;
    @Autowired TestSubmissions submissions;
    @Autowired TestDocuments documents;
    @Autowired AdjustableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired @Qualifier(DocumentReaction.EXECUTOR) ThreadPoolTaskExecutor documentExecutor;

    @BeforeEach
    void officerAndDay() {
        if (identity.createUserQuery().userId(OFFICER).count() == 0) {
            User officer = identity.newUser(OFFICER);
            officer.setFirstName("Thị Hoa");
            officer.setLastName("Nguyễn");
            officer.setPassword(UUID.randomUUID().toString());
            identity.saveUser(officer);
        }
        if (identity.createUserQuery().userId("lanhdao").count() == 0) {
            User leader = identity.newUser("lanhdao");
            leader.setFirstName("Quốc Dũng");
            leader.setLastName("Phạm");
            leader.setPassword(UUID.randomUUID().toString());
            identity.saveUser(leader);
        }
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReceiptIsSignedByTheReceivingOfficerAfterCommit() {
        Dossier dossier = received();
        DocumentSummary receipt = receipt(dossier);

        assertThat(receipt.number()).matches("\\d+/TN-SGDĐT");
        assertThat(receipt.signed()).isTrue();
        assertThat(receipt.signerName()).isEqualTo(OFFICER_NAME);
        byte[] pdf = dossiers.readyDocument(dossier, receipt.id()).getContent();
        Verification verification = verifier.verify(pdf);
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.signerName()).isEqualTo(OFFICER_NAME);
        assertThat(verification.certificateSubject()).contains("DEMO – không có giá trị pháp lý");
        assertThat(verification.issuerName()).contains("DEMO CA");
        // the application's clock (set to 09:00 and ticking), not the machine's
        assertThat(verification.signedAt()).isBetween(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(VN).toInstant(),
                LocalDateTime.of(2026, 3, 2, 10, 0).atZone(VN).toInstant());

        String text = TestDocuments.text(pdf);
        assertThat(text).contains("NGƯỜI TIẾP NHẬN", "(Đã ký điện tử)", OFFICER_NAME,
                "Người tiếp nhận hồ sơ: " + OFFICER_NAME, "Mã xác thực văn bản: "
                        + issued.find(receipt.id()).orElseThrow().getVerificationCode());
        // The look-up address is the configured public address (production requires it, see
        // RequiredProductionSettings), printed as configured.
        assertThat(text).doesNotContain(OFFICER).contains(publicService.lookupUrl());
    }

    @Test
    void anyChangeToTheFileBreaksTheSignature() {
        Dossier dossier = received();
        byte[] pdf = dossiers.readyDocument(dossier, receipt(dossier).id()).getContent();

        byte[] changedContent = changeInsideFirstStream(pdf);
        assertThat(verifier.verify(changedContent).status()).isEqualTo(Verification.Status.INVALID);

        byte[] appended = new byte[pdf.length + 1];
        System.arraycopy(pdf, 0, appended, 0, pdf.length);
        appended[pdf.length] = '\n';
        assertThat(verifier.verify(appended).status()).isEqualTo(Verification.Status.INVALID);

        // The last hex digit of the CMS before its zero padding: a byte of the RSA signature value.
        byte[] changedSignature = pdf.clone();
        int end = signatureGapEnd(pdf) - 1;
        while (changedSignature[end] == '0' || changedSignature[end] == '>') {
            end--;
        }
        changedSignature[end] = changedSignature[end] == '1' ? (byte) '2' : (byte) '1';
        assertThat(verifier.verify(changedSignature).status()).isEqualTo(Verification.Status.INVALID);

        assertThat(verifier.verify(pdf).status()).isEqualTo(Verification.Status.VALID);
    }

    @Test
    void pdfsigVerifiesTheSignatureAndSeesTampering(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/pdfsig"))).as("pdfsig (poppler-utils) installed").isTrue();
        Dossier dossier = received();
        byte[] pdf = dossiers.readyDocument(dossier, receipt(dossier).id()).getContent();
        Path file = dir.resolve("receipt.pdf");
        Files.write(file, pdf);

        String output = pdfsig(file);
        assertThat(output).contains("Signature is Valid", "Signer full Distinguished Name", OFFICER_NAME,
                "ETSI.CAdES.detached", "Total document signed");

        Path changed = dir.resolve("changed.pdf");
        Files.write(changed, changeInsideFirstStream(pdf));
        assertThat(pdfsig(changed)).doesNotContain("Signature is Valid").contains("Digest Mismatch");
    }

    @Test
    void preparingTwiceMakesOnePdf() {
        Dossier dossier = received();
        DocumentSummary receipt = receipt(dossier);
        String sha = issued.find(receipt.id()).orElseThrow().getSha256();

        preparation.prepare(receipt.id());
        preparation.prepare(receipt.id());

        assertThat(dossiers.documents(dossier)).filteredOn(d -> d.type().equals("RECEIPT")).hasSize(1);
        assertThat(issued.find(receipt.id()).orElseThrow().getSha256()).isEqualTo(sha);
        assertThat(issued.complete(receipt.id(), new byte[] {1}, null, null)).isFalse();
    }

    @Test
    void aDocumentBeingPreparedSaysSoEverywhereUntilItsPdfExists() throws Exception {
        Dossier dossier = received();
        DocumentSummary receipt = receipt(dossier);
        // A second version of the receipt, recorded as the step would but without its event yet: its PDF
        // does not exist until preparation runs.
        jdbc.update("insert into dossier_document (dossier_id, type, number, title, version, created_at, fields, "
                        + "signer_key, signer_name, verification_code) select dossier_id, type, number, title, 2, "
                        + "created_at, fields, signer_key, signer_name, 'PENDINGCODE' from dossier_document where id = ?",
                receipt.id());
        long pending = jdbc.queryForObject("select max(id) from dossier_document where dossier_id = ?", Long.class,
                dossier.getId());
        String code = dossier.getCode();
        var owner = user(dossier.getApplicantUsername()).roles("applicant");
        var specialist = user("docspecialist").roles("specialist", "gdnn");

        mvc.perform(get("/my/dossiers/{code}/documents/{id}", code, pending).with(owner))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString("Văn bản đang được tạo và ký số")));
        mvc.perform(get("/my/dossiers/{code}", code).with(owner)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đang chuẩn bị"), containsString("Đã ký số"),
                        not(containsString("/documents/" + pending + "\"")))));
        mvc.perform(get("/workspace/dossiers/{code}/documents/{id}", code, pending).with(specialist))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/v1/dossiers/{code}/documents/{id}", code, pending).with(owner))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:vetflow:problem:document-being-prepared"));
        mvc.perform(get("/api/v1/dossiers/{code}", code).with(owner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.documents[?(@.id == " + pending + ")].state").value("PREPARING"))
                .andExpect(jsonPath("$.documents[?(@.id == " + receipt.id() + ")].state").value("SIGNED"));

        preparation.prepare(pending);

        mvc.perform(get("/my/dossiers/{code}/documents/{id}", code, pending).with(owner))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        DossierDocument second = issued.find(pending).orElseThrow();
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(verifier.verify(second.getContent()).valid()).isTrue();
    }

    @Test
    void aDocumentWhoseTimeStampCannotBeHadStaysBeingPreparedUntilARetrySucceeds() throws Exception {
        Dossier dossier = received();
        DocumentSummary receipt = receipt(dossier);
        jdbc.update("insert into dossier_document (dossier_id, type, number, title, version, created_at, fields, "
                        + "signer_key, signer_name, verification_code) select dossier_id, type, number, title, 2, "
                        + "created_at, fields, signer_key, signer_name, 'TSADOWNCOD' from dossier_document where id = ?",
                receipt.id());
        long pending = jdbc.queryForObject("select max(id) from dossier_document where dossier_id = ?", Long.class,
                dossier.getId());
        // What the signing port does while the configured time-stamping service is down (TimeStampTest).
        DocumentSigning tsaDown = new DocumentSigning() {
            @Override
            public boolean canSign(String signerKey) {
                return true;
            }

            @Override
            public SignedPdf sign(byte[] pdf, SignatureRequest request) {
                throw new SigningUnavailableException("The time-stamping service did not answer");
            }
        };
        DocumentPreparation failing = new DocumentPreparation(issued, renderer, tsaDown, agency, publicService);

        assertThatThrownBy(() -> failing.prepare(pending)).isInstanceOf(SigningUnavailableException.class);
        assertThat(issued.find(pending).orElseThrow().isReady()).isFalse();
        mvc.perform(get("/api/v1/dossiers/{code}", dossier.getCode())
                        .with(user(dossier.getApplicantUsername()).roles("applicant")))
                .andExpect(jsonPath("$.documents[?(@.id == " + pending + ")].state").value("PREPARING"));

        // The registry's retry runs the real preparation: signed, with its time-stamp.
        preparation.prepare(pending);
        Verification verification = verifier.verify(issued.find(pending).orElseThrow().getContent());
        assertThat(verification.valid()).as(verification.problem()).isTrue();
        assertThat(verification.timeStampedAt()).isNotNull();
    }

    @Test
    void aDepartmentResultIsSignedRemotelyByTheLeaderWhoApproved() {
        Dossier dossier = received();
        decide(dossier, "Task_Appraisal", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        decide(dossier, "Task_Approval", "lanhdao", List.of("leader", "gdnn"), Map.of("approvalDecision", "APPROVE"));

        DocumentSummary result = documents.awaitReady(dossier).stream().filter(d -> d.type().equals("RESULT"))
                .findFirst().orElseThrow();
        String leader = officers.fullName("lanhdao");
        assertThat(result.number()).matches("\\d+/GCNĐKHĐ-SGDĐT");
        assertThat(result.signerName()).isEqualTo(leader);
        byte[] pdf = dossiers.readyDocument(dossier, result.id()).getContent();
        Verification verification = verifier.verify(pdf);
        assertThat(verification.valid()).isTrue();
        // "lanhdao" signs through the CSC simulator: a certificate the demo CA issued to "remote:lanhdao"
        assertThat(verification.signerName()).isEqualTo(leader);
        String text = TestDocuments.text(pdf);
        assertThat(text).contains("UBND TỈNH LÀO CAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: " + result.number(),
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký điện tử)", leader);
    }

    @Test
    void aDecisionOfTheChairmanIsTheCommitteesUnderItsHeaderAndRegister() {
        Dossier dossier = submission.submit(submissions.valid("P9", "congdan", UUID.randomUUID().toString()))
                .dossier();
        decide(dossier, "Task_Reception", OFFICER, List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("appraisalDecision", "PROPOSE_APPROVE", "appraisalNote", "Đủ điều kiện"));
        decide(dossier, "Task_Approval", "lanhdao", List.of("leader", "gdnn"), Map.of("approvalDecision", "APPROVE"));
        decide(dossier, "Task_SubmitToChairman", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("submissionNumber", "125/TTr-SGDĐT"));
        decide(dossier, "Task_RecordChairmanDecision", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("chairmanDecision", "APPROVED", "chairmanDecisionNumber", "1234/QĐ-UBND",
                        "chairmanDecisionDate", "2026-03-20"));

        DocumentSummary decision = documents.awaitReady(dossier).stream().filter(d -> d.type().equals("RESULT"))
                .findFirst().orElseThrow();
        assertThat(decision.number()).isEqualTo("1234/QĐ-UBND");
        assertThat(dossiers.get(dossier.getCode()).getResultNumber()).isEqualTo("1234/QĐ-UBND");
        byte[] pdf = dossiers.readyDocument(dossier, decision.id()).getContent();
        assertThat(verifier.verify(pdf).valid()).isTrue();
        String text = TestDocuments.text(pdf);
        assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 1234/QĐ-UBND", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "(Đã ký điện tử)");
        // The Department appears only where the decision cites its submission (Tờ trình).
        assertThat(text).doesNotContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(text.replaceAll("\\s+", " ")).contains("Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số");
    }

    @Test
    void theDepartmentsSubmissionCarriesTheAppraisalAndTheChairmansDecisionCitesIt() throws Exception {
        Dossier dossier = submission.submit(submissions.valid("P9", "congdan", UUID.randomUUID().toString()))
                .dossier();
        decide(dossier, "Task_Reception", OFFICER, List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        decide(dossier, "Task_Appraisal", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("appraisalDecision", "PROPOSE_APPROVE",
                        "appraisalNote", "Hồ sơ đầy đủ.\nCơ sở vật chất đáp ứng yêu cầu."));
        String before = officers.fullName("lanhdao");
        decide(dossier, "Task_Approval", "lanhdao", List.of("leader", "gdnn"),
                Map.of("approvalDecision", "APPROVE", "approvalNote", "Kính đề nghị sớm xem xét."));

        DocumentSummary tt = documents.awaitReady(dossier).stream().filter(d -> d.type().equals("SUBMISSION"))
                .findFirst().orElseThrow();
        assertThat(tt.number()).matches("\\d+/TTr-SGDĐT");
        assertThat(tt.signerName()).isEqualTo(before);
        byte[] pdf = dossiers.readyDocument(dossier, tt.id()).getContent();
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(verifier.verify(pdf).signerName()).isEqualTo(before);
        String text = TestDocuments.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("UBND TỈNH LÀO CAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: " + tt.number(), "TỜ TRÌNH",
                "Về việc đề nghị ban hành quyết định", "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lào Cai",
                "1. Kết quả thẩm định", "Hồ sơ đầy đủ.", "Cơ sở vật chất đáp ứng yêu cầu.", "2. Đề xuất",
                "Kính đề nghị sớm xem xét.", "Nơi nhận:", "Như trên;", "KT. GIÁM ĐỐC", "(Đã ký điện tử)", before)
                .doesNotContain("lanhdao", "Mẫu số");
        // Listed in the case file the next officer works from.
        var next = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode())
                .taskDefinitionKey("Task_SubmitToChairman").singleResult();
        mvc.perform(get("/workspace/tasks/{id}", next.getId()).with(user("chuyenvien").roles("specialist", "gdnn")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Tờ trình về việc"),
                        containsString(tt.number()))));
        // The "Trình Chủ tịch" form starts with the number the system gave the submission.
        String stepPage = mvc.perform(get("/workspace/tasks/{id}", next.getId())
                        .with(user("chuyenvien").roles("specialist", "gdnn")))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(stepPage).select("input[name=f.submissionNumber]").attr("value"))
                .isEqualTo(tt.number());

        decide(dossier, "Task_SubmitToChairman", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("submissionNumber", tt.number()));
        decide(dossier, "Task_RecordChairmanDecision", "chuyenvien", List.of("specialist", "gdnn"),
                Map.of("chairmanDecision", "APPROVED", "chairmanDecisionNumber", "77/QĐ-UBND",
                        "chairmanDecisionDate", "2026-03-20"));
        DocumentSummary decision = documents.awaitReady(dossier).stream().filter(d -> d.type().equals("RESULT"))
                .findFirst().orElseThrow();
        String decisionText = TestDocuments.text(dossiers.readyDocument(dossier, decision.id()).getContent())
                .replaceAll("\\s+", " ");
        assertThat(decisionText).contains("Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số "
                + tt.number() + " ngày " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(tt.createdAt().atZone(VN)) + ".");
    }

    // --- helpers -------------------------------------------------------------------------------

    private void decide(Dossier dossier, String taskKey, String user, List<String> groups, Map<String, ?> form) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " of " + dossier.getCode()).isNotNull();
        work.complete(task.getId(), user, groups, form);
    }

    @Test
    void documentsHaveAThreadOfTheirOwnSoOtherReactionsDoNotWaitBehindThem() throws InterruptedException {
        Dossier dossier;
        // A stand-in for a long rendering holds the documents' only thread.
        try (OccupiedExecutors rendering = OccupiedExecutors.occupy(List.of(documentExecutor))) {
            dossier = received();
            // The KPI read model's refresh runs on the listeners' executor while the receipt waits.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                    "select count(*) from kpi_dossier k join dossier d on d.code = k.code"
                            + " where d.code = ? and k.status = d.status", Integer.class, dossier.getCode()) == 1);
            assertThat(dossiers.documents(dossier)).isNotEmpty().noneMatch(DocumentSummary::ready);
        }
        assertThat(receipt(dossier).signed()).isTrue();
    }

    private Dossier received() {
        Dossier dossier = submission.submit(submissions.valid("P1", "congdan", UUID.randomUUID().toString()))
                .dossier();
        var task = tasks.createTaskQuery().processInstanceBusinessKey(dossier.getCode()).singleResult();
        work.complete(task.getId(), OFFICER, List.of("reception", "motcua"), Map.of("receptionDecision", "ACCEPT"));
        return dossiers.get(dossier.getCode());
    }

    private DocumentSummary receipt(Dossier dossier) {
        return documents.awaitReady(dossier).stream().filter(d -> d.type().equals("RECEIPT")).findFirst()
                .orElseThrow();
    }

    private static String pdfsig(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** One byte of the first stream's data flipped: the file still opens, its content differs. */
    private static byte[] changeInsideFirstStream(byte[] pdf) {
        byte[] changed = pdf.clone();
        int at = indexOf(changed, "stream".getBytes(StandardCharsets.US_ASCII)) + 16;
        changed[at] = (byte) (changed[at] ^ 0x01);
        return changed;
    }

    /** Where the signed bytes resume after the signature value (the third number of /ByteRange). */
    private static int signatureGapEnd(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().get(0).getByteRange()[2];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }
}

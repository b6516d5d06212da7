package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.inspection.InspectionTestSupport.INSPECTOR;
import static vn.vetflow.inspection.InspectionTestSupport.LEADER;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Two people sending one inspection step: one wins, the other is told that somebody else was first (409, a
 * page in Vietnamese), never 404 or 500, and the inspection moves on exactly once with the winner's input.
 */
@VetflowTest
class InspectionTaskConflictTest {

    private static final String CONFLICT_TITLE = "Bước này đã được người khác xử lý";

    @Autowired MockMvc mvc;
    @Autowired Inspections inspections;
    @Autowired InspectionTestSupport support;
    @Autowired TestUsers users;
    @Autowired AdjustableClock clock;

    static RequestPostProcessor inspector(String name) {
        return user(name).roles(Roles.INSPECTOR, "kiemtra");
    }

    @BeforeEach
    void setUp() {
        support.ensure();
        users.ensure("ktinspector2", "pw", Roles.INSPECTOR, List.of("kiemtra"));
        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void twoInspectorsSendTheSameStepAtOnceAndOneIsToldSomebodyElseWasFirst() throws Exception {
        String code = support.start();
        String draft = support.task(code, "Task_DraftDecision").getId();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (String[] who : new String[][] {{"ktinspector", "15/QĐ-SGDĐT"}, {"ktinspector2", "16/QĐ-SGDĐT"}}) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/workspace/inspections/tasks/" + draft).with(inspector(who[0]))
                            .with(csrf()).param("f.decisionNumber", who[1]).param("f.decisionSubject", "Kiểm tra")
                            .param("f.legalBasis", "Nghị định 217/2025/NĐ-CP").param("f.inspectionMode", "DOCUMENTS")
                            .param("f.checkFrom", "2026-03-16").param("f.checkTo", "2026-03-20"))
                            .andReturn().getResponse();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            String conflictPage = null;
            String winnerNumber = null;
            for (int i = 0; i < 2; i++) {
                MockHttpServletResponse answer = answers.get(i).get(60, TimeUnit.SECONDS);
                statuses.add(answer.getStatus());
                if (answer.getStatus() == 409) {
                    conflictPage = answer.getContentAsString();
                } else {
                    winnerNumber = i == 0 ? "15/QĐ-SGDĐT" : "16/QĐ-SGDĐT";
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
            assertThat(Jsoup.parse(conflictPage).select("#conflict h1").text()).isEqualTo(CONFLICT_TITLE);
            assertThat(Jsoup.parse(conflictPage).select("#conflict a").attr("href")).isEqualTo("/workspace/inspections");
            // Nothing lost, nothing twice: the winner's decision, and the next step exactly once.
            assertThat(inspections.get(code).decisionNumber()).isEqualTo(winnerNumber);
            assertThat(support.openSteps(code))
                    .containsExactly("Task_SignDecision");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStepCompletedOrTakenBySomebodyElseAnswers409AndAnUnknownOne404() throws Exception {
        String code = support.start();
        String draft = support.task(code, "Task_DraftDecision").getId();
        mvc.perform(post("/workspace/inspections/tasks/" + draft + "/claim").with(inspector("ktinspector2")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Taken by a colleague: the page and the form answer 409 with the explanation, the claim too.
        for (var request : List.of(get("/workspace/inspections/tasks/" + draft),
                post("/workspace/inspections/tasks/" + draft).with(csrf()).param("f.decisionNumber", "1/QĐ"),
                post("/workspace/inspections/tasks/" + draft + "/claim").with(csrf()))) {
            String page = mvc.perform(request.with(inspector("ktinspector"))).andExpect(status().isConflict())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select("#conflict h1").text()).isEqualTo(CONFLICT_TITLE);
        }
        // Somebody outside the step's groups is still refused, not told about a conflict.
        mvc.perform(get("/workspace/inspections/tasks/" + draft).with(user("ktspecialist").roles(Roles.SPECIALIST, "gdnn")))
                .andExpect(status().isForbidden());

        support.work(code, "Task_DraftDecision", "ktinspector2", INSPECTOR, InspectionTestSupport.decision());
        mvc.perform(get("/workspace/inspections/tasks/" + draft).with(inspector("ktinspector")))
                .andExpect(status().isConflict());
        mvc.perform(get("/workspace/inspections/tasks/no-such-task").with(inspector("ktinspector")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theInstitutionSendingItsSelfAssessmentTwiceIsToldItWasAlreadySent() throws Exception {
        String code = support.start();
        support.work(code, "Task_DraftDecision", "ktinspector", INSPECTOR, InspectionTestSupport.decision());
        support.work(code, "Task_SignDecision", "ktleader", LEADER, Map.of("decisionSignoff", "SIGN"));
        support.planApproved(code);
        support.work(code, "Task_Notice", "ktinspector", INSPECTOR, InspectionTestSupport.notice("SYSTEM"));
        support.work(code, "Task_Announce", "ktinspector", INSPECTOR, Map.of("announcedOn", "2026-03-03"));
        String task = "/my/inspections/tasks/" + support.task(code, "Task_SelfAssessment").getId();
        RequestPostProcessor staff = user("ktstaff").roles(Roles.INSTITUTION);

        for (int attempt = 0; attempt < 2; attempt++) {
            MockHttpServletResponse answer = mvc.perform(multipart(task)
                    .file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", TestSubmissions.PDF))
                    .param("f.selfAssessment", "Báo cáo tự đánh giá").with(staff).with(csrf()))
                    .andReturn().getResponse();
            if (attempt == 0) {
                assertThat(answer.getStatus()).isEqualTo(302);
            } else {
                assertThat(answer.getStatus()).isEqualTo(409);
                assertThat(Jsoup.parse(answer.getContentAsString()).select("#conflict a").attr("href"))
                        .isEqualTo("/my/inspections");
            }
        }
        // The evidence of the first sending only.
        assertThat(inspections.files(code)).extracting(InspectionFile::purpose).containsExactly("EVIDENCE");
        assertThat(inspections.get(code).stage()).isEqualTo(InspectionStage.CHECK);
    }
}

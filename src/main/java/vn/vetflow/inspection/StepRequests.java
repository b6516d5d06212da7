package vn.vetflow.inspection;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import vn.vetflow.forms.FieldType;
import vn.vetflow.forms.FormField;
import vn.vetflow.forms.FormRegistry;
import vn.vetflow.forms.FormSchema;
import vn.vetflow.tasks.TaskWork;
import vn.vetflow.tasks.WorkTask;

/** Reads a step's submission from a request: the form's {@code f.*} fields, checklist rows, recommendations, files. */
final class StepRequests {


    private StepRequests() {
    }

    /**
     * Reads a request once the task door has found the task and let the user work it (the step's form says
     * which fields to read), and keeps what it read for the page shown again with the violations.
     */
    static final class Read {

        private final FormRegistry forms;
        private final HttpServletRequest request;
        private final List<MultipartFile> files;
        private final Checklists.Checklist checklist;
        private WorkTask task;
        private Inspections.StepInput input;

        Read(FormRegistry forms, HttpServletRequest request, List<MultipartFile> files, Checklists.Checklist checklist) {
            this.forms = forms;
            this.request = request;
            this.files = files;
            this.checklist = checklist;
        }

        TaskWork.Sent of(WorkTask found) {
            task = found;
            input = read(forms.get(found.formKey()), request, files, checklist);
            return new TaskWork.Sent(input.values(), input);
        }

        WorkTask task() {
            return task;
        }

        Inspections.StepInput input() {
            return input;
        }
    }

    static Inspections.StepInput read(FormSchema schema, HttpServletRequest request, List<MultipartFile> files,
                                      Checklists.Checklist checklist) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (field.key() == null) {
                continue;
            }
            String[] sent = request.getParameterValues("f." + field.key());
            if (field.type() == FieldType.CHECKLIST) {
                values.put(field.key(), sent == null ? List.of() : List.of(sent));
            } else if (field.type() == FieldType.CHECKBOX) {
                values.put(field.key(), sent != null);
            } else if (sent != null && !sent[0].isBlank()) {
                values.put(field.key(), sent[0]);
            }
        }
        Map<String, Inspections.CheckInput> items = new LinkedHashMap<>();
        for (Checklists.Item item : checklist.items()) {
            String result = request.getParameter("item." + item.code() + ".result");
            if (result != null) {
                items.put(item.code(), new Inspections.CheckInput(result,
                        request.getParameter("item." + item.code() + ".violation") != null,
                        request.getParameter("item." + item.code() + ".note")));
            }
        }
        List<Inspections.RecommendationDraft> recommendations = new ArrayList<>();
        String[] texts = request.getParameterValues("rec.text");
        String[] areas = request.getParameterValues("rec.area");
        String[] dues = request.getParameterValues("rec.due");
        if (texts != null) {
            for (int i = 0; i < texts.length; i++) {
                if (texts[i] == null || texts[i].isBlank()) {
                    continue;
                }
                recommendations.add(new Inspections.RecommendationDraft(at(areas, i), texts[i], day(at(dues, i))));
            }
        }
        return new Inspections.StepInput(values, uploads(files), items, recommendations);
    }

    static List<Inspections.Upload> uploads(List<MultipartFile> files) {
        List<Inspections.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file == null || file.isEmpty()) {
                    continue;
                }
                try {
                    uploads.add(new Inspections.Upload(file.getOriginalFilename() == null ? "tep"
                            : file.getOriginalFilename(), file.getContentType() == null ? "application/octet-stream"
                            : file.getContentType(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String at(String[] values, int i) {
        return values != null && i < values.length ? values[i] : null;
    }
}

package vn.vetflow.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** CSV and XLSX of every KPI table: {@code /kpi/<page>/export.csv} or {@code .xlsx}, same parameters as the page. */
@Controller
class ExportController {

    private final KpiQueries services;
    private final ServiceIndicators indicators;
    private final ProcessQueries process;
    private final InspectionQueries inspections;
    private final PlanTargets targets;
    private final MessageSource messages;
    private final KpiNames names;
    private final Clock clock;

    ExportController(KpiQueries services, ServiceIndicators indicators, ProcessQueries process,
                     InspectionQueries inspections, PlanTargets targets, MessageSource messages, KpiNames names,
                     Clock clock) {
        this.names = names;
        this.services = services;
        this.indicators = indicators;
        this.process = process;
        this.inspections = inspections;
        this.targets = targets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/kpi/{page}/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String page, @PathVariable String format,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String conv, @RequestParam(required = false) String by,
                                  @RequestParam(required = false) String table) {
        LocalDate today = LocalDate.now(clock);
        Selection s = Selection.of(period, conv, by, today);
        KpiTable t = switch (page) {
            case "services" -> "indicators".equals(table) ? indicatorTable(s) : oneStop(s);
            case "process" -> steps(s);
            case "inspections" -> inspectionTable(Selection.of(period == null ? PlanTargets.inspectionYear(today).param()
                    : period, conv, null, today));
            case "targets" -> targetTable();
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        };
        String name = "kpi-" + page + "-" + s.period().param();
        return switch (format) {
            case "csv" -> file(t.csv(), name + ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
            case "xlsx" -> file(t.xlsx(), name + ".xlsx",
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        };
    }

    private KpiTable oneStop(Selection s) {
        List<String> metrics = List.of("carriedOver", "received", "toProcess", "early", "onTime", "late",
                "runningNotDue", "runningDueSoon", "runningLate", "lateRate", "onTimeRate");
        List<String> headers = new ArrayList<>();
        headers.add(m("kpi.col.group"));
        metrics.forEach(k -> headers.add(m("kpi.metric." + k)));
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceFigures f : services.services(s.judged(), s.dimension())) {
            rows.add(List.of(f.key().equals("*") ? m("kpi.total")
                    : names.group(s.dimension(), f.key(), LocaleContextHolder.getLocale()), f.carriedOver, f.received, f.toProcess(),
                    f.early, f.onTime, f.late, f.runningNotDue, f.runningDueSoon, f.runningLate, pct(f.lateRate()),
                    pct(f.classicOnTimeRate())));
        }
        return new KpiTable(m("kpi.services.onestop"), headers, rows);
    }

    private KpiTable indicatorTable(Selection s) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorValue v : indicators.of(services.services(s.judged(), KpiQueries.Dimension.ALL).get(0), s.judged())) {
            if (!v.recorded()) {
                rows.add(List.of(m("kpi.indicator." + v.key()), m("kpi.external"), "", "", v.definition().threshold(),
                        "", v.definition().maxPoints(), v.definition().target(), v.definition().owner()));
                continue;
            }
            rows.add(List.of(m("kpi.indicator." + v.key()), v.percent() == null ? "" : round(v.percent()),
                    v.numerator(), v.denominator(), v.definition().threshold(),
                    v.score() == null ? "" : round(v.score()), v.definition().maxPoints(), v.definition().target(),
                    v.definition().owner()));
        }
        return new KpiTable(m("kpi.services.indicators"), List.of(m("kpi.col.indicator"), m("kpi.col.value"), "n", "N",
                m("kpi.col.threshold"), m("kpi.col.score"), "max", m("kpi.col.target"), m("kpi.col.owner")), rows);
    }

    private KpiTable steps(Selection s) {
        List<List<Object>> rows = new ArrayList<>();
        for (var f : process.steps(KpiUpdater.PUBLIC_SERVICE, s.period().from(), s.period().to())) {
            rows.add(List.of(f.stepKey(), f.count(), round(f.averageWaitingHours()), round(f.averageWorkingHours()),
                    round(f.averageHours()), f.breaches()));
        }
        return new KpiTable(m("kpi.process.steps"), List.of(m("kpi.col.step"), m("kpi.col.count"), m("kpi.col.waiting"),
                m("kpi.col.working"), m("kpi.col.total"), m("kpi.col.breaches")), rows);
    }

    private KpiTable inspectionTable(Selection s) {
        List<List<Object>> rows = new ArrayList<>();
        for (var l : inspections.inspections("closed", s.period().from(), s.period().to(), null)) {
            rows.add(List.of(l.code(), l.institution() == null ? "" : l.institution(),
                    messages.getMessage("inspection.stage." + l.stage(), null, l.stage(), LocaleContextHolder.getLocale()),
                    l.closedOn() == null ? "" : s.dd(l.closedOn()), l.digital() ? 1 : 0, l.paper() ? 1 : 0));
        }
        return new KpiTable(m("kpi.inspections.title"), List.of(m("kpi.col.inspection"), m("kpi.col.institution"),
                m("kpi.col.stage"), m("kpi.col.closedOn"), m("kpi.col.digital"), m("kpi.col.paper")), rows);
    }

    private KpiTable targetTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanTargets.Line l : targets.lines()) {
            rows.add(List.of(m("kpi.target." + l.target().key()), l.target().target2025(), l.target().target2030(),
                    l.current() == null ? m("kpi.targets.nodata") : round(l.current()) + l.unit()));
        }
        return new KpiTable(m("kpi.targets.title"), List.of(m("kpi.col.indicator"), m("kpi.col.target2025"),
                m("kpi.col.target2030"), m("kpi.col.current")), rows);
    }

    private String m(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private static Object pct(Double ratio) {
        return ratio == null ? "" : round(ratio * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}

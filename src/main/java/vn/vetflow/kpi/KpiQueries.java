package vn.vetflow.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.calendar.WorkingCalendar;

/**
 * The dashboards' reads. Period sums come from the daily pre-aggregates; only the dossiers running on a
 * given day are read one by one (they are judged on that day), within the longest span a dossier ever ran.
 */
@Service
@Transactional(readOnly = true)
public class KpiQueries {

    /** How to group: the column of kpi_daily / kpi_dossier. */
    public enum Dimension {
        ALL("'*'"), PROCEDURE("procedure_id"), UNIT("unit_code"), OFFICER("officer");

        final String column;

        Dimension(String column) {
            this.column = column;
        }

        static Dimension of(String text) {
            for (Dimension d : values()) {
                if (d.name().equalsIgnoreCase(text == null ? "" : text)) {
                    return d;
                }
            }
            return ALL;
        }
    }

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final int dueSoonDays;

    KpiQueries(JdbcTemplate jdbc, WorkingCalendar calendar, @Value("${vetflow.kpi.due-soon-days:2}") int dueSoonDays) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.dueSoonDays = dueSoonDays;
    }

    /** The figures of a period by group, plus the total under key "*" (first). */
    List<ServiceFigures> services(Period period, Dimension dimension) {
        Map<String, ServiceFigures> groups = new TreeMap<>();
        ServiceFigures total = new ServiceFigures("*");
        PeriodCells cells = PeriodCells.of(period.from(), period.to());
        jdbc.query(cells.sums(dimension), rs -> {
                    for (ServiceFigures f : List.of(groups.computeIfAbsent(rs.getString(1), ServiceFigures::new), total)) {
                        if ("R".equals(rs.getString(2))) {
                            f.received += rs.getLong(3);
                            f.receivedOnline += rs.getLong(4);
                            f.feeRequired += rs.getLong(5);
                            f.paidOnline += rs.getLong(6);
                            f.digitised += rs.getLong(7);
                            f.reused += rs.getLong(16);
                            f.synced += rs.getLong(17);
                        } else {
                            f.finished += rs.getLong(3);
                            f.early += rs.getLong(8);
                            f.onTime += rs.getLong(9);
                            f.late += rs.getLong(10);
                            f.resolutionDays += rs.getLong(11);
                            f.resultExpected += rs.getLong(12);
                            f.eResult += rs.getLong(13);
                            f.rated += rs.getLong(14);
                            f.dissatisfied += rs.getLong(15);
                        }
                    }
                }, cells.arguments(dimension));
        runningCounts(period.from().minusDays(1), dimension, false).forEach((key, n) -> {
            groups.computeIfAbsent(key, ServiceFigures::new).carriedOver += n[0];
            total.carriedOver += n[0];
        });
        runningCounts(period.to(), dimension, true).forEach((key, n) -> {
            for (ServiceFigures f : List.of(groups.computeIfAbsent(key, ServiceFigures::new), total)) {
                f.runningNotDue += n[0] - n[1] - n[2];
                f.runningDueSoon += n[1];
                f.runningLate += n[2];
            }
        });
        List<ServiceFigures> result = new ArrayList<>();
        result.add(total);
        if (dimension != Dimension.ALL) {
            result.addAll(groups.values());
        }
        return result;
    }

    /** Only the pre-aggregated sums of a period (no running dossiers): for trends. */
    ServiceFigures finishedAndReceived(Period period) {
        ServiceFigures f = new ServiceFigures("*");
        jdbc.query("select kind, sum(n), sum(online_n), sum(early), sum(on_time) from kpi_daily_all"
                + " where stat_day between ? and ? group by kind", rs -> {
                    if ("R".equals(rs.getString(1))) {
                        f.received = rs.getLong(2);
                        f.receivedOnline = rs.getLong(3);
                    } else {
                        f.finished = rs.getLong(2);
                        f.early = rs.getLong(4);
                        f.onTime = rs.getLong(5);
                    }
                }, period.from(), period.to());
        return f;
    }

    /** {@link #finishedAndReceived(Period)} of each period in one read of the daily totals over their span. */
    List<ServiceFigures> finishedAndReceived(List<Period> periods) {
        List<ServiceFigures> figures = periods.stream().map(p -> new ServiceFigures("*")).toList();
        LocalDate first = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
        jdbc.query("select stat_day, kind, n, online_n, early, on_time from kpi_daily_all where stat_day between ? and ?",
                rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    for (int i = 0; i < periods.size(); i++) {
                        if (day.isBefore(periods.get(i).from()) || day.isAfter(periods.get(i).to())) {
                            continue;
                        }
                        ServiceFigures f = figures.get(i);
                        if ("R".equals(rs.getString(2))) {
                            f.received += rs.getLong(3);
                            f.receivedOnline += rs.getLong(4);
                        } else {
                            f.finished += rs.getLong(3);
                            f.early += rs.getLong(5);
                            f.onTime += rs.getLong(6);
                        }
                    }
                }, first, last);
        return figures;
    }

    /**
     * The dossiers running on {@code day} counted by group: {running, due soon, late} when {@code judged}, else
     * {running}. Running = received up to the day minus finished up to it (a dossier ends on or after its
     * receipt), from the monthly and daily cells. When judged, the database counts, among those whose legal
     * clock never paused, the late ones (past the appointment, or after a second supplement request) and the
     * due soon ones (appointment within {@code due-soon-days} working days); the paused ones are read and judged
     * one by one. Only dossiers whose appointment is that close are read (from an index), not every running one,
     * paused or not: a pause only moves the appointment later and the day the clock stands on earlier, so a
     * paused dossier whose appointment is further away is not due yet either.
     */
    private Map<String, long[]> runningCounts(LocalDate day, Dimension dimension, boolean judged) {
        Map<String, long[]> counts = new HashMap<>();
        String column = dimension == Dimension.ALL ? "'*'" : dimension.column;
        String group = dimension == Dimension.ALL ? "" : " group by " + dimension.column;
        String balance = "sum(case when kind = 'R' then n else -n end)";
        org.springframework.jdbc.core.RowCallbackHandler running = rs -> counts.computeIfAbsent(rs.getString(1),
                k -> new long[3])[0] += rs.getLong(2);
        LocalDate monthStart = day.withDayOfMonth(1);
        if (dimension == Dimension.ALL) {
            jdbc.query("select '*', " + balance + " from kpi_daily_all where stat_day <= ?", running, day);
        } else {
            jdbc.query("select " + column + ", " + balance + " from kpi_monthly where month_start < ?" + group, running,
                    monthStart);
            jdbc.query("select " + column + ", " + balance + " from kpi_daily where stat_day between ? and ?" + group,
                    running, monthStart, day);
        }
        if (judged) {
            Integer maxSpan = jdbc.queryForObject("select max(span_days) from kpi_dossier", Integer.class);
            LocalDate lowest = day.minusDays(maxSpan == null ? 0 : maxSpan);
            LocalDate soon = dueSoonLimit(day);
            String select = "select " + column + ", sum(case when supplement_rounds <= 1 and appointment_day >= ? then 1"
                    + " else 0 end), sum(case when supplement_rounds > 1 or appointment_day < ? then 1 else 0 end)"
                    + " from kpi_dossier where ";
            String closeOrLate = " and (supplement_rounds > 1 or appointment_day <= ?) and paused_days = 0"
                    + " and paused_since is null";
            org.springframework.jdbc.core.RowCallbackHandler add = rs -> {
                long[] n = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
                n[1] += rs.getLong(2);
                n[2] += rs.getLong(3);
            };
            jdbc.query(select + "end_day > ? and received_day between ? and ?" + closeOrLate + group, add, day, day,
                    day, lowest, day, soon);
            jdbc.query(select + "end_day is null and received_day <= ?" + closeOrLate + group, add, day, day, day, soon);
            for (RunningDossier r : runningOn(day, true, soon)) {
                long[] n = counts.computeIfAbsent(dimension == Dimension.ALL ? "*" : r.group(dimension), k -> new long[3]);
                n[1] += r.state() == DossierFacts.Running.DUE_SOON ? 1 : 0;
                n[2] += r.state() == DossierFacts.Running.LATE ? 1 : 0;
            }
        }
        counts.values().removeIf(n -> n[0] == 0);
        return counts;
    }

    /**
     * The last day whose appointment is "due soon" on {@code day} for a dossier whose clock never paused: the
     * working days between {@code day} and an appointment only grow with the appointment.
     */
    private LocalDate dueSoonLimit(LocalDate day) {
        LocalDate limit = day;
        for (LocalDate d = day.plusDays(1); d.isBefore(day.plusDays(60)); d = d.plusDays(1)) {
            if (calendar.workingDaysBetween(day, d) <= dueSoonDays) {
                limit = d;
            } else {
                break;
            }
        }
        return limit;
    }

    /** A dossier running on a day, judged on that day. */
    record RunningDossier(String code, String procedureId, String unit, String officer, LocalDate receivedDay,
                          LocalDate appointmentDay, DossierFacts.Running state) {
        String group(Dimension dimension) {
            return switch (dimension) {
                case PROCEDURE -> procedureId;
                case UNIT -> unit;
                case OFFICER -> officer;
                case ALL -> "*";
            };
        }
    }

    /**
     * Dossiers received by {@code day} and not finished on it: those finished later, received within the
     * longest span any dossier ran (one index range), and those still open (another); clock pauses are read
     * only for the dossiers that had one.
     */
    List<RunningDossier> runningOn(LocalDate day) {
        return runningOn(day, false, null);
    }

    /**
     * The same, only those whose clock paused when {@code pausedOnly}, and only those with more than one supplement
     * round or an appointment by {@code closeBy} when it is given.
     */
    private List<RunningDossier> runningOn(LocalDate day, boolean pausedOnly, LocalDate closeBy) {
        Integer maxSpan = jdbc.queryForObject("select max(span_days) from kpi_dossier", Integer.class);
        LocalDate lowest = day.minusDays(maxSpan == null ? 0 : maxSpan);
        record Row(String code, String procedureId, String unit, String officer, LocalDate received,
                   LocalDate appointment, int rounds, boolean paused) {
        }
        String columns = "select code, procedure_id, unit_code, officer, received_day, appointment_day, supplement_rounds,"
                + " case when paused_days > 0 or paused_since is not null then 1 else 0 end from kpi_dossier where ";
        org.springframework.jdbc.core.RowMapper<Row> mapper = (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getInt(7), rs.getInt(8) == 1);
        String only = (pausedOnly ? " and (paused_days > 0 or paused_since is not null)" : "")
                + (closeBy != null ? " and (supplement_rounds > 1 or appointment_day <= ?)" : "");
        List<Object> finishedLater = new ArrayList<>(List.of(day, lowest, day));
        List<Object> open = new ArrayList<>(List.of(day));
        if (closeBy != null) {
            finishedLater.add(closeBy);
            open.add(closeBy);
        }
        List<Row> rows = new ArrayList<>(jdbc.query(columns + "end_day > ? and received_day between ? and ?"
                + only, mapper, finishedLater.toArray()));
        rows.addAll(jdbc.query(columns + "end_day is null and received_day <= ?" + only, mapper, open.toArray()));
        Map<String, List<DossierFact.Pause>> pauses = new HashMap<>();
        List<String> paused = rows.stream().filter(Row::paused).map(Row::code).toList();
        for (int from = 0; from < paused.size(); from += 500) {
            List<String> batch = paused.subList(from, Math.min(paused.size(), from + 500));
            jdbc.query("select code, kind, from_day, to_day from kpi_pause where code in ("
                    + String.join(",", java.util.Collections.nCopies(batch.size(), "?")) + ") order by code, seq", rs -> {
                        pauses.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new DossierFact.Pause(
                                rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                    }, batch.toArray());
        }
        List<RunningDossier> running = new ArrayList<>(rows.size());
        for (Row r : rows) {
            var state = DossierFacts.judgeAt(day, r.appointment(), r.rounds(), pauses.getOrDefault(r.code(), List.of()),
                    calendar, dueSoonDays);
            running.add(new RunningDossier(r.code(), r.procedureId(), r.unit(), r.officer(), r.received(),
                    r.appointment(), state));
        }
        return running;
    }

    // --- drill-down --------------------------------------------------------------------------

    /** A dossier behind a number. */
    public record DossierLine(String code, String procedureId, String procedureName, String unit, String officer,
                       int channel, int status, LocalDate receivedDay, LocalDate dueDay, LocalDate endDay,
                       String timeliness, int supplementRounds, boolean demo) {
    }

    static final List<String> METRICS = List.of("received", "receivedOnline", "feeRequired", "paidOnline", "digitised",
            "finished", "early", "onTime", "late", "resultExpected", "eResult", "rated", "dissatisfied", "carriedOver",
            "running", "runningNotDue", "runningDueSoon", "runningLate", "reused");

    /** The dossiers behind one number of the services page, at most {@code limit}. */
    List<DossierLine> dossiers(Period period, String metric, Dimension dimension, String key, int limit) {
        List<String> parts = switch (metric) {
            case "handled" -> List.of("finished", "running");
            case "onTimeOrNotDue" -> List.of("early", "onTime", "runningNotDue", "runningDueSoon");
            default -> List.of();
        };
        if (!parts.isEmpty()) {
            List<DossierLine> all = new ArrayList<>();
            for (String part : parts) {
                all.addAll(dossiers(period, part, dimension, key, limit - all.size()));
            }
            return all;
        }
        if (limit <= 0 || !METRICS.contains(metric)) {
            return List.of();
        }
        String group = dimension == Dimension.ALL || key == null ? "" : " and " + dimension.column + " = ?";
        List<Object> args = new ArrayList<>();
        String where;
        if (metric.startsWith("running") || metric.equals("carriedOver")) {
            LocalDate day = metric.equals("carriedOver") ? period.from().minusDays(1) : period.to();
            var wanted = switch (metric) {
                case "runningNotDue" -> DossierFacts.Running.NOT_DUE;
                case "runningDueSoon" -> DossierFacts.Running.DUE_SOON;
                case "runningLate" -> DossierFacts.Running.LATE;
                default -> null;
            };
            List<String> codes = runningOn(day).stream()
                    .filter(r -> wanted == null || r.state() == wanted)
                    .filter(r -> group.isEmpty() || r.group(dimension).equals(key))
                    .map(RunningDossier::code).limit(limit).toList();
            if (codes.isEmpty()) {
                return List.of();
            }
            where = "code in (" + String.join(",", codes.stream().map(c -> "?").toList()) + ")";
            args.addAll(codes);
        } else {
            boolean receivedSide = List.of("received", "receivedOnline", "feeRequired", "paidOnline", "digitised",
                    "reused").contains(metric);
            where = (receivedSide ? "received_day" : "end_day") + " between ? and ? and received_day is not null"
                    + switch (metric) {
                        case "receivedOnline" -> " and channel = 2";
                        case "feeRequired" -> " and fee_required = true";
                        case "paidOnline" -> " and fee_required = true and paid_online = true";
                        case "digitised" -> " and digitised = true";
                        case "reused" -> " and reused = true";
                        case "early" -> " and timeliness = 'EARLY'";
                        case "onTime" -> " and timeliness = 'ON_TIME'";
                        case "late" -> " and timeliness = 'LATE'";
                        case "resultExpected" -> " and result_expected = true";
                        case "eResult" -> " and e_result = true";
                        case "rated" -> " and rating is not null";
                        case "dissatisfied" -> " and dissatisfied = true";
                        default -> "";
                    } + group;
            args.add(period.from());
            args.add(period.to());
            if (!group.isEmpty()) {
                args.add(key);
            }
        }
        // The page's codes first (from an index alone on PostgreSQL: V136), then only their rows.
        return jdbc.query("select code, procedure_id, procedure_name, unit_code, officer, channel, status, received_day,"
                + " due_day, end_day, timeliness, supplement_rounds, demo from kpi_dossier where code in (select code"
                + " from kpi_dossier where " + where + " order by received_day, code fetch first " + limit
                + " rows only) order by received_day, code", (rs, i) -> new DossierLine(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getString(11), rs.getInt(12), rs.getBoolean(13)), args.toArray());
    }
}

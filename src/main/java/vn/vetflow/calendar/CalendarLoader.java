package vn.vetflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the per-year calendar files ({@code year}, {@code daysOff}, {@code workingDays}) and
 * checks them. Files found at the extra location replace the shipped file of the same year, so an
 * administrator can correct or add a year without a new build.
 *
 * <p>Every problem in every file is collected and reported at once in a
 * {@link CalendarDataException}; nothing is silently skipped.
 */
public class CalendarLoader {

    /** Where the shipped years are: {@code src/main/resources/calendar/<year>.yaml}. */
    public static final String DEFAULT_LOCATION = "classpath*:calendar/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(CalendarLoader.class);

    private final ResourcePatternResolver resolver;
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A loader that resolves {@code classpath*:} and {@code file:} patterns on its own. */
    public CalendarLoader() {
        this(new PathMatchingResourcePatternResolver());
    }

    public CalendarLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Reads all years.
     *
     * @param location      resource pattern of the shipped files, e.g. {@link #DEFAULT_LOCATION}
     * @param extraLocation optional resource pattern (null or blank for none) of files that add years
     *                      or replace shipped years, e.g. {@code file:./config/calendar/*.yaml}
     * @return one entry per year, ascending
     * @throws CalendarDataException listing every problem found, each naming its file and entry
     */
    public List<CalendarYear> load(String location, String extraLocation) {
        List<String> problems = new ArrayList<>();
        Map<Integer, CalendarYear> years = readAll(location, problems);
        Map<Integer, CalendarYear> extra = extraLocation == null || extraLocation.isBlank()
                ? Map.of()
                : readAll(extraLocation, problems);
        if (!problems.isEmpty()) {
            throw new CalendarDataException(problems);
        }
        TreeMap<Integer, CalendarYear> merged = new TreeMap<>(years);
        extra.forEach((year, data) -> {
            CalendarYear replaced = merged.put(year, data);
            if (replaced != null) {
                log.info("Working-day calendar {}: {} replaces {}", year, data.source(), replaced.source());
            }
        });
        return List.copyOf(merged.values());
    }

    private Map<Integer, CalendarYear> readAll(String pattern, List<String> problems) {
        Resource[] resources;
        try {
            resources = resolver.getResources(pattern);
        } catch (IOException | RuntimeException e) {
            problems.add("calendar location " + pattern + ": cannot be searched: " + e.getMessage());
            return Map.of();
        }
        if (resources.length == 0) {
            log.warn("No working-day calendar files at {}", pattern);
        }
        Map<Integer, CalendarYear> years = new LinkedHashMap<>();
        for (Resource resource : resources) {
            CalendarYear year = read(resource, problems);
            if (year == null) {
                continue;
            }
            CalendarYear other = years.putIfAbsent(year.year(), year);
            if (other != null) {
                problems.add(year.source() + ": year " + year.year() + " is also defined in " + other.source()
                        + "; keep one file per year");
            } else {
                log.info("Working-day calendar {} read from {}: {} days off, {} working weekend days",
                        year.year(), year.source(), year.daysOff().size(), year.workingDays().size());
            }
        }
        return years;
    }

    /** The year in {@code resource}, or null after adding to {@code problems} what is wrong. */
    private CalendarYear read(Resource resource, List<String> problems) {
        String file = resource.getDescription();
        YearFile parsed;
        try (InputStream in = resource.getInputStream(); JsonParser parser = yaml.createParser(in)) {
            parsed = parser.nextToken() == null ? null : yaml.readValue(parser, YearFile.class);
        } catch (UnrecognizedPropertyException e) {
            problems.add(file + ": " + entryOf(e) + "unknown key '" + e.getPropertyName()
                    + "' (expected year, confirmed, daysOff, workingDays; entries have date and name)");
            return null;
        } catch (JsonProcessingException e) {
            problems.add(file + at(e.getLocation()) + "not a valid calendar file: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
            return null;
        }
        if (parsed == null) {
            problems.add(file + ": the file is empty; expected year, daysOff and workingDays");
            return null;
        }
        int before = problems.size();
        if (parsed.year() == null) {
            problems.add(file + ": 'year' is missing");
        }
        List<CalendarDay> daysOff = days(file, "daysOff", parsed.daysOff(), problems);
        List<CalendarDay> workingDays = days(file, "workingDays", parsed.workingDays(), problems);
        if (problems.size() > before) {
            return null;
        }
        // A year is provisional unless its file says the announced schedule was confirmed.
        CalendarYear year = new CalendarYear(parsed.year(), daysOff, workingDays, file,
                Boolean.TRUE.equals(parsed.confirmed()));
        year.problems().forEach(p -> problems.add(file + ": " + p));
        return problems.size() > before ? null : year;
    }

    private static List<CalendarDay> days(String file, String list, List<Entry> entries, List<String> problems) {
        List<CalendarDay> days = new ArrayList<>();
        if (entries == null) {
            return days;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String where = file + ": " + list + " entry " + (i + 1);
            if (entry == null) {
                problems.add(where + " is empty; expected { date: YYYY-MM-DD, name: \"...\" }");
            } else if (entry.date() == null || entry.date().isBlank()) {
                problems.add(where + " {name: \"" + nameOf(entry) + "\"}: the date is missing");
            } else {
                try {
                    days.add(new CalendarDay(LocalDate.parse(entry.date().strip()), entry.name()));
                } catch (DateTimeParseException e) {
                    problems.add(where + " {date: " + entry.date() + ", name: \"" + nameOf(entry)
                            + "\"}: '" + entry.date() + "' is not a date of the form YYYY-MM-DD");
                }
            }
        }
        return days;
    }

    private static String nameOf(Entry entry) {
        return entry.name() == null ? "" : entry.name();
    }

    /** "daysOff entry 2: " for a problem inside an entry, "" at the top of the file. */
    private static String entryOf(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        StringBuilder entry = new StringBuilder();
        for (JsonMappingException.Reference reference : path.subList(0, Math.max(0, path.size() - 1))) {
            if (reference.getIndex() >= 0) {
                entry.append(" entry ").append(reference.getIndex() + 1);
            } else if (reference.getFieldName() != null) {
                entry.append(entry.isEmpty() ? "" : " ").append(reference.getFieldName());
            }
        }
        return entry.isEmpty() ? "" : entry + ": ";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ": " : " (line " + location.getLineNr() + "): ";
    }

    /** The file as written, before any checks. */
    record YearFile(Integer year, Boolean confirmed, List<Entry> daysOff, List<Entry> workingDays) {
    }

    record Entry(String date, String name) {
    }
}

package vn.vetflow.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads and checks the calendar files at startup (a broken file stops the application) and serves the calendar. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    /** The shipped years with the administrators' changes from the database (none in a context without one). */
    @Bean
    CalendarStore calendarStore(CalendarProperties properties, ResourceLoader resourceLoader,
                                ObjectProvider<JdbcTemplate> jdbc) {
        CalendarLoader loader = new CalendarLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
        List<CalendarYear> shipped = loader.load(properties.location(), properties.extraLocation());
        new CalendarState("check", shipped); // fails the startup on inconsistent files, before any question
        log.info("Working-day calendar: announced years shipped {}; other years computed from the Labour Code",
                shipped.stream().map(CalendarYear::year).toList());
        return new CalendarStore(jdbc.getIfAvailable(), shipped);
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarStore store, CalendarProperties properties) {
        return new WorkingCalendar(store, properties.cutOff(), properties.zone());
    }
}

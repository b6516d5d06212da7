package vn.vetflow.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** Reads and checks the calendar files at startup; a broken file stops the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, ResourceLoader resourceLoader) {
        CalendarLoader loader = new CalendarLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
        WorkingCalendar calendar = new WorkingCalendar(
                loader.load(properties.location(), properties.extraLocation()),
                properties.cutOff(), properties.zone());
        log.info("Working-day calendar ready: data for {}, cut-off {}, zone {}",
                calendar.yearsWithData(), calendar.cutOff(), calendar.zone());
        return calendar;
    }
}

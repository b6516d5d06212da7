package vn.vetflow.calendar;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settings of the working-day calendar ({@code vetflow.calendar.*}).
 *
 * @param location      resource pattern of the shipped year files
 * @param extraLocation optional resource pattern of year files an administrator maintains outside
 *                      the build, e.g. {@code file:./config/calendar/*.yaml}; a file there replaces
 *                      the shipped file of the same year
 * @param cutOff        local time from which a receipt counts on the next working day (HH:mm)
 * @param zone          zone of the receiving office
 */
@ConfigurationProperties(prefix = "vetflow.calendar")
public record CalendarProperties(
        @DefaultValue(CalendarLoader.DEFAULT_LOCATION) String location,
        String extraLocation,
        @DefaultValue("15:00") @DateTimeFormat(pattern = "H:mm") LocalTime cutOff,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}

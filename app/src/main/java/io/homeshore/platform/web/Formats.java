package io.homeshore.platform.web;

import io.homeshore.platform.Accounts;
import io.homeshore.platform.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times in the reader's language and time zone; used by templates as {@code @fmt}. */
@Component("fmt")
public class Formats {

    private final Accounts accounts;

    Formats(Accounts accounts) {
        this.accounts = accounts;
    }

    public String dateTime(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale()).format(time);
    }

    /** The time of day of an instant in the reader's zone. */
    public String timeOf(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    public ZoneId zone() {
        return accounts.current().map(CurrentUser::timeZone).orElse(ZoneId.of("UTC"));
    }
}

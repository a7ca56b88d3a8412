package io.homeshore.people.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Weekday sets in the reader's language, runs collapsed: "Mon–Fri", "ma–vr", "月–金". Used by templates as {@code @dayNames}. */
@Component("dayNames")
public class DayNames {

    public String of(Collection<DayOfWeek> days) {
        var sorted = new TreeSet<>(days);
        var parts = new ArrayList<String>();
        List<DayOfWeek> run = new ArrayList<>();
        for (DayOfWeek d : sorted) {
            if (!run.isEmpty() && run.getLast().getValue() + 1 != d.getValue()) {
                parts.add(format(run));
                run = new ArrayList<>();
            }
            run.add(d);
        }
        if (!run.isEmpty()) parts.add(format(run));
        return String.join(", ", parts);
    }

    public String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale());
    }

    private static String format(List<DayOfWeek> run) {
        var locale = LocaleContextHolder.getLocale();
        String first = run.getFirst().getDisplayName(TextStyle.SHORT, locale);
        if (run.size() == 1) return first;
        String last = run.getLast().getDisplayName(TextStyle.SHORT, locale);
        return run.size() == 2 ? first + ", " + last : first + "–" + last;
    }
}

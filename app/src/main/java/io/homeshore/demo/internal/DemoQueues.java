package io.homeshore.demo.internal;

import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.ContactQueue.Holiday;
import io.homeshore.queues.ContactQueue.OpeningHours;
import io.homeshore.queues.Queues;
import io.homeshore.shared.Channel;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The six demo queues, their public holidays, and their generated contact history. */
@Component
class DemoQueues {

    private final Queues queues;

    DemoQueues(Queues queues) {
        this.queues = queues;
    }

    private record Spec(String name, Channel channel, String skill, String zone, Integer percent, Integer seconds, Integer hours, double scale,
                        List<Holiday> holidays) {}

    /** Creates the queues and {@code weeks} weeks of history ending with the last full week before {@code today}. */
    void create(int weeks, LocalDate today) {
        LocalDate end = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = end.minusWeeks(weeks);
        // the campaign: a three-day sale in the middle of the history
        LocalDate campaignStart = start.plusWeeks(weeks / 2).plusDays(1);
        Set<LocalDate> campaign = Set.of(campaignStart, campaignStart.plusDays(1), campaignStart.plusDays(2));
        long seed = 7;
        for (Spec spec : specs()) {
            ContactQueue q = queues.create(new ContactQueue.Input(spec.name(), spec.channel(), spec.skill(), spec.zone(),
                    spec.percent() == null ? null : BigDecimal.valueOf(spec.percent()), spec.seconds(),
                    spec.hours() == null ? null : BigDecimal.valueOf(spec.hours()), hours(spec.channel()), spec.holidays()));
            var history = new DemoHistory(seed++).generate(q, DemoHistory.profile(spec.channel(), spec.scale()), start, end,
                    spec.name().contains("billing") ? campaign : Set.of());
            queues.recordHistory(q.id(), history);
        }
    }

    private static List<Spec> specs() {
        return List.of(
                new Spec("Voice billing", Channel.VOICE, "billing", "Europe/Amsterdam", 80, 20, null, 1.0, DUTCH),
                new Spec("Voice tech", Channel.VOICE, "tech", "America/Chicago", 80, 30, null, 0.8, AMERICAN),
                new Spec("Chat general", Channel.CHAT, "general", "Asia/Tokyo", 85, 60, null, 0.9, JAPANESE),
                new Spec("Chat tech", Channel.CHAT, "tech", "Europe/Amsterdam", 80, 60, null, 0.6, DUTCH),
                new Spec("Email general", Channel.EMAIL, "general", "Asia/Tokyo", null, null, 24, 0.8, JAPANESE),
                new Spec("Email billing", Channel.EMAIL, "billing", "America/Chicago", null, null, 8, 0.6, AMERICAN));
    }

    /** Voice: weekdays 08–20 and Saturday 09–17; chat: every day 08–22; e-mail: around the clock. */
    private static List<OpeningHours> hours(Channel channel) {
        var hours = new ArrayList<OpeningHours>();
        for (DayOfWeek d : DayOfWeek.values()) {
            switch (channel) {
                case VOICE -> {
                    if (d.getValue() <= 5) hours.add(new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(20, 0)));
                    else if (d == DayOfWeek.SATURDAY) hours.add(new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0)));
                }
                case CHAT -> hours.add(new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(22, 0)));
                case EMAIL -> hours.add(new OpeningHours(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
            }
        }
        return hours;
    }

    static final List<Holiday> DUTCH = List.of(h("2026-04-06", "Tweede paasdag"), h("2026-04-27", "Koningsdag"),
            h("2026-05-14", "Hemelvaartsdag"), h("2026-05-25", "Tweede pinksterdag"), h("2026-12-25", "Eerste kerstdag"),
            h("2026-12-26", "Tweede kerstdag"), h("2027-01-01", "Nieuwjaarsdag"), h("2027-03-29", "Tweede paasdag"),
            h("2027-04-27", "Koningsdag"));
    static final List<Holiday> JAPANESE = List.of(h("2026-09-21", "敬老の日"), h("2026-09-22", "国民の休日"), h("2026-09-23", "秋分の日"),
            h("2026-10-12", "スポーツの日"), h("2026-11-03", "文化の日"), h("2026-11-23", "勤労感謝の日"), h("2027-01-01", "元日"),
            h("2027-01-11", "成人の日"));
    static final List<Holiday> AMERICAN = List.of(h("2026-09-07", "Labor Day"), h("2026-11-26", "Thanksgiving Day"),
            h("2026-12-25", "Christmas Day"), h("2027-01-01", "New Year's Day"), h("2027-05-31", "Memorial Day"));

    private static Holiday h(String date, String name) {
        return new Holiday(LocalDate.parse(date), name);
    }
}

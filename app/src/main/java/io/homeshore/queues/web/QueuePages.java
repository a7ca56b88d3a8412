package io.homeshore.queues.web;

import io.homeshore.people.Organisation;
import io.homeshore.platform.web.CrudPages;
import io.homeshore.platform.web.Form;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.ContactQueue.Holiday;
import io.homeshore.queues.ContactQueue.OpeningHours;
import io.homeshore.queues.Queues;
import io.homeshore.shared.Channel;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Queue admin pages: channel, skill, service target, opening hours per weekday and holidays. */
@Controller
@RequestMapping("/admin/queues")
class QueuePages extends CrudPages<ContactQueue, ContactQueue.Input> {

    private final Queues queues;
    private final Organisation org;

    QueuePages(Queues queues, Organisation org, MessageSource messages, Validator validator) {
        super(messages, validator);
        this.queues = queues;
        this.org = org;
    }

    @Override protected String path() { return "/admin/queues"; }
    @Override protected String listView() { return "queues/queues"; }
    @Override protected String formView() { return "queues/queue-form"; }
    @Override protected List<ContactQueue> all() { return queues.all(); }
    @Override protected ContactQueue one(long id) { return queues.get(id); }
    @Override protected void create(ContactQueue.Input in) { queues.create(in); }
    @Override protected void update(long id, ContactQueue.Input in) { queues.update(id, in); }
    @Override protected void remove(long id) { queues.delete(id); }

    @Override
    protected void referenceData(Model model) {
        model.addAttribute("skills", org.skills());
        model.addAttribute("channels", Channel.values());
        // (day code, day name in the reader's language) pairs for the opening-hours rows
        model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
                .map(d -> Map.entry(d.name(), d.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()))).toList());
    }

    @Override
    protected Form toForm(ContactQueue q) {
        Form f = Form.empty().set("name", q.name()).set("channel", q.channel()).set("skill", q.skill()).set("timeZone", q.timeZone())
                .set("targetPercent", plain(q.targetPercent())).set("targetSeconds", q.targetSeconds()).set("targetHours", plain(q.targetHours()));
        for (OpeningHours h : q.openingHours()) {
            f.set("open." + h.day(), true).set("opens." + h.day(), h.opens()).set("closes." + h.day(), h.closes());
        }
        var lines = new StringBuilder();
        q.holidays().forEach(h -> lines.append(h.date()).append(' ').append(h.name()).append('\n'));
        return f.set("holidays", lines.toString().strip());
    }

    @Override
    protected Form blankForm() {
        Form f = Form.empty().set("channel", Channel.VOICE).set("timeZone", "Europe/Amsterdam").set("targetPercent", 80).set("targetSeconds", 20);
        for (DayOfWeek d : DayOfWeek.values()) {
            f.set("opens." + d, "08:00").set("closes." + d, "20:00");
            if (d.getValue() <= 5) f.set("open." + d, true);
        }
        return f;
    }

    @Override
    protected ContactQueue.Input read(Form f) {
        Channel channel = f.parse("channel", Channel::valueOf, messages);
        var hours = new ArrayList<OpeningHours>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (!f.has("open." + d, "true")) continue;
            LocalTime opens = f.parse("opens." + d, LocalTime::parse, messages);
            LocalTime closes = f.parse("closes." + d, LocalTime::parse, messages);
            if (opens != null && closes != null) hours.add(new OpeningHours(d, opens, closes));
        }
        boolean email = channel == Channel.EMAIL;
        return new ContactQueue.Input(f.text("name"), channel, f.text("skill"), f.text("timeZone"),
                email ? null : f.parse("targetPercent", BigDecimal::new, messages), email ? null : f.parse("targetSeconds", Integer::valueOf, messages),
                email ? f.parse("targetHours", BigDecimal::new, messages) : null, hours, holidays(f));
    }

    /** One holiday a line: "2026-12-25 Christmas Day"; a bad line is reported by its number. */
    private List<Holiday> holidays(Form f) {
        var holidays = new ArrayList<Holiday>();
        String text = f.value("holidays");
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] parts = line.split("\\s+", 2);
            try {
                holidays.add(new Holiday(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : parts[0]));
            } catch (RuntimeException e) {
                f.error("holidays", messages.getMessage("queues.holidayLine", new Object[] {i + 1, line}, LocaleContextHolder.getLocale()));
            }
        }
        return holidays;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}

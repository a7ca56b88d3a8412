package io.homeshore.scheduling.internal;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.CurrentUser;
import io.homeshore.platform.SystemUser;
import io.homeshore.scheduling.ScheduledShift;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Per-agent calendar feeds (iCalendar, RFC 5545, built with ical4j): a secret address per agent, of which only a
 * SHA-256 hash is stored; renewing makes a new secret and revoking deletes it, so an old address stops working at
 * once. Events carry the agent's own time zone with its VTIMEZONE, so calendars show the right hours across
 * daylight-saving changes.
 */
@Component
public class CalendarFeeds {

    static final int PAST_DAYS = 28;
    static final int FUTURE_DAYS = 120;

    private final JdbcClient jdbc;
    private final PublishedShifts published;
    private final AgentDirectory agents;
    private final Accounts accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarFeeds(JdbcClient jdbc, PublishedShifts published, AgentDirectory agents, Accounts accounts, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.jdbc = jdbc;
        this.published = published;
        this.agents = agents;
        this.clock = clock;
    }

    public boolean exists(long agentId) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE agent_id = ?").param(agentId).query(Long.class).single() > 0;
    }

    public String renew(long agentId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        revoke(agentId);
        jdbc.sql("INSERT INTO calendar_feed (agent_id, token_hash, created_at) VALUES (?, ?, ?)")
                .params(agentId, hash(token), Timestamp.from(clock.instant())).update();
        return token;
    }

    public void revoke(long agentId) {
        jdbc.sql("DELETE FROM calendar_feed WHERE agent_id = ?").param(agentId).update();
    }

    public Optional<String> calendar(String token) {
        if (token == null || token.length() > 100) return Optional.empty();
        return jdbc.sql("SELECT agent_id FROM calendar_feed WHERE token_hash = ?").param(hash(token)).query(Long.class).optional()
                .map(agentId -> SystemUser.call(() -> ics(agents.agent(agentId))));
    }

    private String ics(Agent agent) {
        LocalDate today = LocalDate.now(clock);
        return ics(agent, published.ofAgent(agent.id(), today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS)));
    }

    String ics(Agent agent, List<ScheduledShift> shifts) {
        ZoneId zone = ZoneId.of(agent.timeZone());
        Calendar calendar = new Calendar().withProdId("-//Homeshore//Schedule//EN").withDefaults().getFluentTarget();
        // ical4j resolves linked zones (Europe/Amsterdam -> Europe/Brussels); the events name the agent's own zone id
        VTimeZone vtz = zones.getTimeZone(zone.getId()).getVTimeZone().copy();
        vtz.replace(new TzId(zone.getId()));
        calendar.add(vtz);
        Locale locale = accounts.byAgent(agent.id()).map(CurrentUser::locale).orElse(Locale.ENGLISH);
        for (ScheduledShift s : shifts) {
            VEvent event = new VEvent(s.start().atZone(zone), s.end().atZone(zone),
                    messages.getMessage("schedule.feed.summary", new Object[] {s.skill(), s.template()}, locale));
            event.add(new Uid("shift-" + agent.id() + "-" + s.day() + "@homeshore"));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

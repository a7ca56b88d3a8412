package io.homeshore.persistence;

import static io.homeshore.support.TestOrganisation.asSystemAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.ProtectedWindow;
import io.homeshore.people.Site;
import io.homeshore.people.Skill;
import io.homeshore.people.Team;
import io.homeshore.platform.ConflictException;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.IntervalVolume;
import io.homeshore.queues.Queues;
import io.homeshore.shared.Channel;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every database Homeshore runs on must do: run the migrations, and store and return each kind of value the
 * modules use (non-ASCII text, decimals, dates, times of day, instants, booleans) unchanged. Run against H2 always
 * and against PostgreSQL when one is configured.
 */
abstract class PersistenceContract {

    @Autowired Organisation org;
    @Autowired AgentDirectory agents;
    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void migrationsHaveAllRunSuccessfully() {
        long failed = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE").query(Long.class).single();
        long applied = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL").query(Long.class).single();
        assertThat(failed).isZero();
        assertThat(applied).isGreaterThanOrEqualTo(3);
    }

    @Test
    void storesAnAgentWithSkillsAndProtectedWindowsUnchanged() {
        Agent stored = asSystemAdmin(() -> {
            Site site = org.createSite(new Site.Input("東京 " + tag, "Asia/Tokyo"));
            Team team = org.createTeam(new Team.Input("チーム " + tag, site.id(), List.of()));
            Contract c = org.createContract(new Contract.Input("Deeltijd " + tag, new BigDecimal("19.5"), new BigDecimal("24.25"), 4, 4, 2,
                    new BigDecimal("11.5"), true, false));
            Skill skill = org.createSkill(new Skill.Input("p-" + tag, "Facturen & betalingen"));
            Agent a = agents.create(new Agent.Input("田中 恵子 " + tag, "keiko-" + tag + "@test.example", "Asia/Tokyo", List.of("ja", "en"),
                    team.id(), c.id(), List.of(new Agent.SkillLevel(skill.code(), 5)), EnumSet.of(Channel.CHAT, Channel.EMAIL),
                    LocalDate.of(2023, 2, 28), true), null);
            agents.addWindow(a.id(), new ProtectedWindow.Input(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 30),
                    LocalTime.of(6, 15), "nachtrust"));
            assertThat(org.contract(c.id())).satisfies(x -> {
                assertThat(x.minHoursPerWeek()).isEqualByComparingTo("19.5");
                assertThat(x.maxHoursPerWeek()).isEqualByComparingTo("24.25");
                assertThat(x.minRestHours()).isEqualByComparingTo("11.5");
                assertThat(x.nightEligible()).isTrue();
                assertThat(x.weekendEligible()).isFalse();
            });
            return agents.agent(a.id());
        });
        assertThat(stored.name()).isEqualTo("田中 恵子 " + tag);
        assertThat(stored.languages()).containsExactly("ja", "en");
        assertThat(stored.channels()).containsExactlyInAnyOrder(Channel.CHAT, Channel.EMAIL);
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(stored.skills()).singleElement().satisfies(s -> assertThat(s.proficiency()).isEqualTo(5));
        List<ProtectedWindow> windows = asSystemAdmin(() -> agents.windows(stored.id()));
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.days()).isEqualTo(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            assertThat(w.start()).isEqualTo(LocalTime.of(22, 30));
            assertThat(w.end()).isEqualTo(LocalTime.of(6, 15));
        });
    }

    @Test
    void refusesADuplicateNameAndKeepsTheFirst() {
        asSystemAdmin(() -> org.createSite(new Site.Input("Twice " + tag, "UTC")));
        assertThatThrownBy(() -> asSystemAdmin(() -> org.createSite(new Site.Input("Twice " + tag, "UTC")))).isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site WHERE name = ?").param("Twice " + tag).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void storesQueueHoursHolidaysAndHistoryAcrossADaylightSavingChange() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        var history = new ArrayList<IntervalVolume>();
        // the night of 29 March 2026, when Amsterdam moves from UTC+1 to UTC+2
        Instant start = ZonedDateTime.of(2026, 3, 28, 22, 0, 0, 0, amsterdam).toInstant();
        for (int i = 0; i < 24; i++) history.add(new IntervalVolume(start.plusSeconds(900L * i), i, i, 0, 180L * i));
        ContactQueue q = asSystemAdmin(() -> {
            Skill skill = org.createSkill(new Skill.Input("q-" + tag, "Queue skill"));
            ContactQueue created = queues.create(new ContactQueue.Input("Chat " + tag, Channel.CHAT, skill.code(), "Europe/Amsterdam",
                    new BigDecimal("80"), 30, null,
                    List.of(new ContactQueue.OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.MIDNIGHT)),
                    List.of(new ContactQueue.Holiday(LocalDate.of(2026, 12, 25), "Eerste kerstdag"))));
            queues.recordHistory(created.id(), history);
            return created;
        });
        assertThat(q.openingHours()).singleElement().satisfies(h -> assertThat(h.closes()).isEqualTo(LocalTime.MIDNIGHT));
        assertThat(q.holidays()).singleElement().satisfies(h -> assertThat(h.name()).isEqualTo("Eerste kerstdag"));
        List<IntervalVolume> back = asSystemAdmin(() -> queues.history(q.id(), start, start.plusSeconds(86_400)));
        assertThat(back).isEqualTo(history);
    }
}

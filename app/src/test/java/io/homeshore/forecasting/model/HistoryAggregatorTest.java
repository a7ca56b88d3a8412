package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryAggregatorTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    final HistoryAggregator aggregator = new HistoryAggregator(q -> q.equals("unknown") ? null : new QueueSetup(q, AMSTERDAM, 15));

    static ContactRecord contact(String offsetTime, double handle, boolean abandoned) {
        return new ContactRecord(null, OffsetDateTime.parse(offsetTime).toInstant(), "sales", handle, abandoned);
    }

    @Test
    void countsOfferedContactsPerLocalSlotInAnyOrderAndDropsExactRepeats() {
        ContactRecord late = contact("2026-03-02T09:20:00+01:00", 200, false);
        History history = aggregator.fromContacts(List.of(late, contact("2026-03-02T09:16:00+01:00", 100, false),
                late, contact("2026-03-02T08:59:59+01:00", 0, true)));

        IntervalSeries s = history.queue("sales");
        assertThat(s.firstDay()).hasToString("2026-03-02");
        assertThat(s.volume()[9 * 4 + 1]).isEqualTo(2);
        assertThat(s.volume()[8 * 4 + 3]).isEqualTo(1);
        assertThat(s.handled()[8 * 4 + 3]).isZero();
        assertThat(s.handleSeconds()[9 * 4 + 1]).isEqualTo(300);
        assertThat(history.warnings()).extracting(ForecastWarning::text).containsExactly("1 duplicate contact records dropped");
    }

    @Test
    void treatsRecordsWithTheSameIdAsOneContact() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        History history = aggregator.fromContacts(List.of(new ContactRecord("c1", at, "sales", 100, false),
                new ContactRecord("c1", at.plusSeconds(1), "sales", 100, false), new ContactRecord("c2", at, "sales", 100, false)));

        assertThat(history.queue("sales").dayTotal(0)).isEqualTo(2);
    }

    @Test
    void keepsNinetySixSlotsOnTheSpringForwardDayWithTheSkippedHourEmpty() {
        History history = aggregator.fromContacts(List.of(contact("2026-03-29T01:50:00+01:00", 60, false),
                contact("2026-03-29T03:05:00+02:00", 60, false)));

        IntervalSeries s = history.queue("sales");
        assertThat(s.volume()).hasSize(96);
        assertThat(s.volume()[7]).isEqualTo(1);
        assertThat(s.volume()[8]).isZero();
        assertThat(s.volume()[12]).isEqualTo(1);
    }

    @Test
    void sumsBothPassesThroughTheRepeatedHourOnTheFallBackDay() {
        History history = aggregator.fromContacts(List.of(contact("2026-10-25T02:30:00+02:00", 60, false),
                contact("2026-10-25T02:31:00+01:00", 60, false)));

        assertThat(history.queue("sales").volume()[10]).isEqualTo(2);
    }

    @Test
    void reportsAMissingDayAndFillsItFromTheWeekBefore() {
        List<ContactRecord> records = new java.util.ArrayList<>();
        for (int day = 2; day <= 11; day++) {
            if (day != 10) records.add(contact(String.format("2026-03-%02dT10:00:00+01:00", day), 60, false));
        }
        History history = aggregator.fromContacts(records);

        assertThat(history.warnings()).singleElement().asString().contains("no history on 2026-03-10");
        assertThat(history.queue("sales").dayTotal(8)).isEqualTo(1);
    }

    @Test
    void refusesEmptyHistoryAndUnknownQueues() {
        assertThatThrownBy(() -> aggregator.fromContacts(List.of())).hasMessageContaining("history is empty");
        assertThatThrownBy(() -> aggregator.fromContacts(List.of(new ContactRecord(null, Instant.EPOCH, "unknown", 0, false))))
                .hasMessageContaining("unknown queue 'unknown'");
        History history = aggregator.fromContacts(List.of(contact("2026-03-02T09:20:00+01:00", 1, false)));
        assertThatThrownBy(() -> history.queue("billing")).hasMessage("unknown queue 'billing'; the history has sales");
    }

    @Test
    void refusesConflictingCountsForOneIntervalButDropsIdenticalOnes() {
        Instant start = OffsetDateTime.parse("2026-03-02T09:15:00+01:00").toInstant();
        History ok = aggregator.fromCounts(List.of(new IntervalCount(start, "sales", 5, 200), new IntervalCount(start, "sales", 5, 200)));
        assertThat(ok.queue("sales").volume()[37]).isEqualTo(5);
        assertThat(ok.warnings()).extracting(ForecastWarning::text).containsExactly("1 duplicate interval rows dropped");

        assertThatThrownBy(() -> aggregator.fromCounts(List.of(new IntervalCount(start, "sales", 5, 200), new IntervalCount(start, "sales", 6, 200))))
                .hasMessageContaining("conflicting counts for queue sales");
        assertThatThrownBy(() -> aggregator.fromCounts(List.of(new IntervalCount(start.plusSeconds(60), "sales", 5, 200))))
                .hasMessageContaining("not on its 15-minute grid");
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new IntervalCount(Instant.EPOCH, "sales", -1, 0)).hasMessageContaining("contacts must be >= 0");
    }
}

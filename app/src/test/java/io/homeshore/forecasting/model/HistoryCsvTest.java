package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    static HistoryCsv.Rows read(String text) {
        return HistoryCsv.read(new StringReader(text), ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void readsContactsWithOffsetsAndLocalTimesInAnyColumnOrder() {
        HistoryCsv.Rows rows = read("""
                arrival,queue,abandoned,handle_seconds,contact_id
                2026-03-02T09:15:00Z,sales,false,120,a1
                2026-03-02 10:15,sales,1,0,a2
                """);

        assertThat(rows.contacts()).hasSize(2);
        assertThat(rows.contacts().get(0).arrival()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
        assertThat(rows.contacts().get(1).arrival()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
        assertThat(rows.contacts().get(1).abandoned()).isTrue();
        assertThat(rows.contacts().get(1).id()).isEqualTo("a2");
    }

    @Test
    void readsIntervalCounts() {
        HistoryCsv.Rows rows = read("queue,interval_start,contacts,aht_seconds\nsales,2026-03-02T09:15:00+01:00,12,240\n");

        assertThat(rows.counts()).containsExactly(new IntervalCount(Instant.parse("2026-03-02T08:15:00Z"), "sales", 12, 240));
    }

    @Test
    void namesLineAndColumnOfAnUnparseableTimestamp() {
        assertThatThrownBy(() -> read("queue,arrival,handle_seconds,abandoned\nsales,2026-03-02T09:15:00Z,1,false\nsales,yesterday,1,false\n"))
                .hasMessageStartingWith("line 3, column 2 (arrival): unparseable timestamp 'yesterday'");
    }

    @Test
    void namesLineAndColumnOfANegativeCount() {
        assertThatThrownBy(() -> read("queue,interval_start,contacts,aht_seconds\nsales,2026-03-02T09:15:00Z,-4,100\n"))
                .hasMessageStartingWith("line 2, column 3 (contacts): must be a number >= 0, was '-4'");
    }

    @Test
    void reportsEveryBadValueOfTheFileByLineAndColumnAndKeepsNoRows() {
        String csv = "queue,interval_start,contacts,aht_seconds\nsales,2026-03-02T09:15:00Z,-4,100\nsales,2026-03-02T09:30:00Z,3,100\nsales,soon,x,100\n";

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(HistoryCsvException.class, e -> {
            assertThat(e.problems()).extracting(HistoryProblem::line, HistoryProblem::column, HistoryProblem::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2, 3, HistoryProblem.Code.NEGATIVE),
                    org.assertj.core.groups.Tuple.tuple(4, 2, HistoryProblem.Code.TIMESTAMP),
                    org.assertj.core.groups.Tuple.tuple(4, 3, HistoryProblem.Code.NOT_A_NUMBER));
            assertThat(e.problems().get(2)).hasToString("line 4, column 3 (contacts): not a number: 'x'");
            assertThat(e).hasMessageEndingWith("(and 2 more problems)");
        });
        assertThatThrownBy(() -> read("queue,interval_start,contacts,aht_seconds\nsales,2026-03-02T09:15:00Z,-4,x\n"))
                .hasMessageEndingWith("was '-4' (and 1 more problem)");
    }

    @Test
    void refusesEmptyInputAndUnknownHeaders() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("history is empty");
        assertThatThrownBy(() -> read("queue,arrival,handle_seconds,abandoned\n")).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> read("when,what\n1,2\n")).hasMessageStartingWith("line 1: header must name the columns");
        assertThatThrownBy(() -> read("queue,arrival,handle_seconds,abandoned\nsales,2026-03-02T09:15:00Z,1\n"))
                .hasMessage("line 2: expected 4 columns, found 3");
    }

    @Test
    void readsSpecialDaysWithPercentagesAndLearnedEffects() {
        var calendars = SpecialDaysCsv.read(new StringReader("queue,date,name,factor\nsales,2026-12-25,Christmas,\nsales,2026-11-27,Black Friday,+30%\n"));

        SpecialDayCalendar sales = calendars.get("sales");
        assertThat(sales.on(java.time.LocalDate.of(2026, 11, 27)).orElseThrow().plannerFactor()).isEqualTo(1.3);
        assertThat(sales.on(java.time.LocalDate.of(2026, 12, 25)).orElseThrow().factor()).isEmpty();
        assertThatThrownBy(() -> SpecialDaysCsv.read(new StringReader("queue,date,name,factor\nsales,25-12-2026,Christmas,\n")))
                .hasMessageStartingWith("line 2, column 2 (date)");
    }
}

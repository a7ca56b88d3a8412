package io.homeshore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.forecasting.model.Backtest;
import io.homeshore.forecasting.model.BacktestResult;
import io.homeshore.forecasting.model.ContactRecord;
import io.homeshore.forecasting.model.Forecaster;
import io.homeshore.forecasting.model.History;
import io.homeshore.forecasting.model.HistoryAggregator;
import io.homeshore.forecasting.model.QueueSetup;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real Anonymous Bank month (../shared/, read in place): the last week held out, one day ahead. */
class AnonymousBankBacktestTest {

    static Path calls() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("shared/data/anonymous-bank-1999-02/calls.tsv");
            if (Files.exists(file)) return file;
        }
        return null;
    }

    @Test
    void regularQueueForecastChosenByBacktestBeatsTheWeeklySeasonalNaiveOnTheLastWeek() throws Exception {
        Path calls = calls();
        Assumptions.assumeTrue(calls != null, "shared/data/anonymous-bank-1999-02/calls.tsv not found among the parents; skipping the real-data backtest");
        ZoneId jerusalem = ZoneId.of("Asia/Jerusalem");
        List<ContactRecord> records;
        try (Reader reader = Files.newBufferedReader(calls)) {
            records = AnonymousBankReader.read(reader, jerusalem);
        }
        History history = new HistoryAggregator(q -> new QueueSetup(q, jerusalem, 30)).fromContacts(records);

        BacktestResult ps = new Backtest(Forecaster.standardModels()).run(history.queue("PS"), SpecialDayCalendar.NONE, 1, 7, 1);

        assertThat(records).hasSize(33_344 - 278);
        assertThat(history.queue("PS").days()).isEqualTo(28);
        assertThat(ps.origins()).hasSize(7);
        assertThat(ps.score(ps.best()).wmape()).isLessThan(ps.score("seasonal-naive").wmape());
    }
}

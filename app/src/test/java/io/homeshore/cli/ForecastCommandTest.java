package io.homeshore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    PrintStream originalOut, originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    Path synthetic(int weeks) {
        Path history = dir.resolve("history.csv");
        assertThat(HomeshoreCli.run("forecast", "synthetic", "--queues", "2", "--weeks", String.valueOf(weeks), "--interval", "60m",
                "--out", history.toString())).isZero();
        out.reset();
        return history;
    }

    @Test
    void writesAnIntervalForecastWithBandAndHandleTimeForEveryQueue() throws Exception {
        Path history = synthetic(5);
        Path forecast = dir.resolve("forecast.csv");

        int code = HomeshoreCli.run("forecast", "--history", history.toString(), "--zone", "Europe/Amsterdam", "--interval", "60m",
                "--horizon", "7d", "--out", forecast.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(forecast);
        assertThat(lines.getFirst()).isEqualTo("queue,interval_start,local_date,local_time,contacts,lower80,upper80,aht_seconds,model");
        assertThat(lines).hasSize(1 + 2 * 7 * 24);
        assertThat(lines.get(1)).startsWith("queue-01,2025-12-29T00:00+01:00,2025-12-29,00:00,");
        assertThat(out.toString()).contains("queue queue-01: ").contains("backtest 7d x 3 folds");
    }

    @Test
    void printsEveryModelsBacktestMetricsPerQueue() {
        Path history = synthetic(4);

        int code = HomeshoreCli.run("forecast", "backtest", "--history", history.toString(), "--zone", "Europe/Amsterdam",
                "--interval", "60m", "--horizon", "7d", "--folds", "2", "--csv");

        assertThat(code).as(err.toString()).isZero();
        List<String> rows = out.toString().lines().toList();
        assertThat(rows.getFirst()).isEqualTo("queue,horizon_days,folds,model,mase,wmape,wmape_vs_naive,best");
        assertThat(rows).filteredOn(r -> r.startsWith("queue-02,7,2,")).hasSize(5);
        assertThat(rows).anyMatch(r -> r.startsWith("queue-01,7,2,seasonal-naive,") && r.contains(",0.0,"));
        assertThat(rows.stream().filter(r -> r.endsWith(",*")).count()).isEqualTo(2);
    }

    @Test
    void fallsBackToTheNaiveWithAWarningUnderTwoWeeks() {
        Path history = synthetic(1);

        int code = HomeshoreCli.run("forecast", "--history", history.toString(), "--zone", "Europe/Amsterdam", "--interval", "60m",
                "--out", dir.resolve("f.csv").toString(), "--queue", "queue-01");

        assertThat(code).isZero();
        assertThat(err.toString()).contains("warning: queue queue-01: under two weeks of history");
        assertThat(out.toString()).contains("seasonal-naive").contains("(no backtest)");
    }

    @Test
    void reportsTheLineOfAnUnparseableTimestampAndWritesNothing() throws Exception {
        Path history = dir.resolve("bad.csv");
        Files.writeString(history, "queue,arrival,handle_seconds,abandoned\nsales,2026-03-02T09:15:00Z,60,false\nsales,2026-03-0X,60,false\n");
        Path forecast = dir.resolve("forecast.csv");

        int code = HomeshoreCli.run("forecast", "--history", history.toString(), "--out", forecast.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("homeshore forecast: " + history + ": line 3, column 2 (arrival): unparseable timestamp "
                + "'2026-03-0X' (ISO-8601 expected, e.g. 2026-03-02T08:15:00+01:00)");
        assertThat(forecast).doesNotExist();
    }

    @Test
    void namesAnUnknownQueueAndAnEmptyHistory() throws Exception {
        Path history = synthetic(2);
        assertThat(HomeshoreCli.run("forecast", "backtest", "--history", history.toString(), "--interval", "60m", "--queue", "billing")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown queue 'billing'; the history has queue-01, queue-02");

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "queue,interval_start,contacts,aht_seconds\n");
        assertThat(HomeshoreCli.run("forecast", "--history", empty.toString(), "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("history is empty: no data rows");
    }

    @Test
    void refusesABadIntervalOrHorizon() {
        assertThat(HomeshoreCli.run("forecast", "--history", "h.csv", "--interval", "20m", "--out", "f.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--interval: expected 15m, 30m or 60m, was '20m'");
        assertThat(HomeshoreCli.run("forecast", "--history", "h.csv", "--horizon", "soon", "--out", "f.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--horizon: expected whole days or weeks");
    }
}

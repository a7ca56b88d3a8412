package io.homeshore.benchmarks;

import io.homeshore.forecasting.model.ForecastModel;
import io.homeshore.forecasting.model.Forecaster;
import io.homeshore.forecasting.model.IntervalSeries;
import io.homeshore.forecasting.model.QueueForecast;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import io.homeshore.forecasting.model.SyntheticHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4 speed goal: fit and forecast 28 days ahead for 20 queues × one year of 15-minute history in under 10 s on
 * 2 cores. The history is {@link SyntheticHistory} with seed 42 (Europe/Amsterdam, so it crosses two DST changes).
 * Queues run in parallel on the common fork-join pool (one thread per core).
 * {@code pipeline}: what {@code homeshore forecast} does per queue (4-fold 28-day backtest of the four models,
 * refit of the best, band, AHT). {@code fitAndForecastAllModels}: each of the four models fitted once on the full
 * year and forecast 28 days, no backtest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ForecastBenchmark {

    private static final int HORIZON_DAYS = 28;

    private List<IntervalSeries> queues;
    private SpecialDayCalendar calendar;

    @Setup
    public void generate() {
        SyntheticHistory.Result result = SyntheticHistory.generate(20, 52, 42, 15, ZoneId.of("Europe/Amsterdam"), LocalDate.of(2025, 11, 24));
        queues = result.queues();
        calendar = SpecialDayCalendar.of(result.specialDays());
    }

    @Benchmark
    public List<QueueForecast> pipeline() {
        Forecaster forecaster = Forecaster.standard();
        return queues.parallelStream().map(q -> forecaster.forecast(q, calendar, HORIZON_DAYS)).toList();
    }

    @Benchmark
    public List<double[]> fitAndForecastAllModels() {
        return queues.parallelStream().flatMap(q -> Forecaster.standardModels().stream()
                .map((ForecastModel m) -> m.forecast(q.volume(), q.slotsPerDay(), HORIZON_DAYS))).toList();
    }
}

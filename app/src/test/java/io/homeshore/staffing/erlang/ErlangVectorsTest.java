package io.homeshore.staffing.erlang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares every measure with the exact vectors of {@code src/test/resources/erlang/generate_vectors.py}
 * (mpmath, 50 digits): relative error at most 1e-9; values below the double range (1e-290) must come out as
 * (almost) zero.
 */
class ErlangVectorsTest {

    static final double TOLERANCE = 1e-9;
    static final Map<String, ToDoubleFunction<QueueMeasures>> MEASURES = Map.of(
            "wait_probability", QueueMeasures::waitProbability,
            "service_level", QueueMeasures::serviceLevel,
            "service_level_answered", QueueMeasures::serviceLevelOfAnswered,
            "asa_s", QueueMeasures::asa,
            "asa_answered_s", QueueMeasures::asaOfAnswered,
            "abandon_probability", QueueMeasures::abandonProbability,
            "occupancy", QueueMeasures::occupancy,
            "mean_queue_length", QueueMeasures::meanQueueLength);

    @TestFactory
    List<DynamicTest> erlangBAndCMatchExactVectorsFromAThousandthToAHundredThousandErlangs() throws IOException {
        return vectors("erlang-bc-vectors.csv");
    }

    @TestFactory
    List<DynamicTest> erlangAMatchesExactVectorsAcrossLoadsAndPatience() throws IOException {
        return vectors("erlang-a-vectors.csv");
    }

    private List<DynamicTest> vectors(String file) throws IOException {
        List<String> lines = read(file);
        String[] header = lines.getFirst().split(",", -1);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            tests.add(DynamicTest.dynamicTest(cells[0] + " n=" + cells[1] + " A=" + cells[2] + " patience=" + cells[4],
                    () -> check(header, cells)));
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests;
    }

    private static void check(String[] header, String[] cells) {
        int agents = Integer.parseInt(cells[1]);
        double erlangs = Double.parseDouble(cells[2]);
        double aht = Double.parseDouble(cells[3]);
        double target = Double.parseDouble(cells[5]);
        QueueMeasures m = cells[0].equals("A")
                ? ErlangA.evaluate(agents, erlangs, aht, Double.parseDouble(cells[4]), target)
                : ErlangC.evaluate(agents, erlangs, aht, target);
        assertClose("blocking", ErlangB.blocking(agents, erlangs), cells[6]);
        for (int i = 7; i < header.length; i++) {
            if (!cells[i].isEmpty()) assertClose(header[i], MEASURES.get(header[i]).applyAsDouble(m), cells[i]);
        }
    }

    static void assertClose(String measure, double actual, String exact) {
        if (exact.equals("inf")) {
            assertThat(actual).as(measure).isEqualTo(Double.POSITIVE_INFINITY);
            return;
        }
        BigDecimal expected = new BigDecimal(exact);
        if (expected.compareTo(new BigDecimal("1e-290")) < 0) {
            assertThat(actual).as(measure + " below the double range").isBetween(0.0, 1e-280);
            return;
        }
        double relative = new BigDecimal(actual).subtract(expected).abs()
                .divide(expected, java.math.MathContext.DECIMAL64).doubleValue();
        assertThat(relative).as("%s: %s vs exact %s", measure, actual, exact).isLessThanOrEqualTo(TOLERANCE);
    }

    private static List<String> read(String file) throws IOException {
        try (InputStream in = ErlangVectorsTest.class.getResourceAsStream("/erlang/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}

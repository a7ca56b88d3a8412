package io.homeshore.staffing.erlang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Erlang B, C and A against vectors computed independently at 60 digits (src/test/resources/erlang/
 * generate_vectors.py, mpmath): relative error at most 1e-9 everywhere, from 0.001 to 100,000 Erlangs and up to
 * 150,000 agents. Values below the double range are compared in logs.
 */
class ExactVectorsTest {

    static final double TOLERANCE = 1e-9;

    record Vector(String model, int agents, double traffic, double aht, double patience, double target, String metric, BigDecimal exact) {
        @Override
        public String toString() {
            return model + " n=" + agents + " a=" + traffic + " " + metric;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        try (InputStream in = ExactVectorsTest.class.getResourceAsStream("/erlang/erlang-vectors.csv")) {
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            var out = new ArrayList<Vector>();
            for (String line : lines) {
                String[] f = line.split(",", -1);
                out.add(new Vector(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), num(f[3]), num(f[4]), num(f[5]), f[6], new BigDecimal(f[7])));
            }
            return out.stream();
        }
    }

    static final Map<String, ToDoubleFunction<Measures>> METRICS = Map.of(
            "p_wait", Measures::probabilityWait, "p_abandon", Measures::probabilityAbandon, "service_level", Measures::serviceLevel,
            "service_level_of_answered", Measures::serviceLevelOfAnswered, "asa", Measures::asa, "asa_of_answered", Measures::asaOfAnswered,
            "occupancy", Measures::occupancy, "queue_length", Measures::queueLength);

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesExactArithmeticToOnePartInABillion(Vector v) {
        if (v.model().equals("B")) {
            if (v.exact().compareTo(new BigDecimal("1e-300")) < 0) {
                // below the double range: ln B has to be right to 1e-9 relative
                double log = ln(v.exact());
                assertThat(Math.abs(ErlangB.logBlocking(v.agents(), v.traffic()) - log) / Math.abs(log)).isLessThanOrEqualTo(TOLERANCE);
                return;
            }
            assertRelative(ErlangB.blocking(v.agents(), v.traffic()), v.exact());
            return;
        }
        Measures m = v.model().equals("C") ? ErlangC.measures(v.agents(), v.traffic(), v.aht(), v.target())
                : ErlangA.measures(v.agents(), v.traffic() / v.aht(), v.aht(), v.patience(), v.target());
        assertRelative(METRICS.get(v.metric()).applyAsDouble(m), v.exact());
    }

    private static void assertRelative(double actual, BigDecimal exact) {
        if (exact.signum() == 0) {
            assertThat(actual).isZero();
            return;
        }
        double relative = new BigDecimal(actual).subtract(exact).abs().divide(exact.abs(), MathContext.DECIMAL64).doubleValue();
        assertThat(relative).as("relative error of %s against %s", actual, exact).isLessThanOrEqualTo(TOLERANCE);
    }

    /** ln of a positive BigDecimal that may be far below Double.MIN_VALUE. */
    private static double ln(BigDecimal x) {
        int shift = x.precision() - x.scale() - 1;
        return Math.log(x.movePointLeft(shift).doubleValue()) + shift * Math.log(10);
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}

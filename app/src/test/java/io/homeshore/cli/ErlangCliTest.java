package io.homeshore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code HomeshoreCli.run(...)} in-process and checks output and exit codes of erlang and staffing. */
class ErlangCliTest {

    static final String HEADER = String.join(",", StaffingRow.COLUMNS);

    @TempDir Path dir;

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = HomeshoreCli.run(args);
            return new Result(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void erlangAPrintsEveryMeasureAsJson() {
        Result r = run("erlang", "--model", "A", "--calls", "100", "--interval-seconds", "1800", "--aht-seconds", "180",
                "--agents", "14", "--target-seconds", "20", "--patience-seconds", "300");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"model\": \"A\"", "\"erlangs\": 10.0", "\"waitProbability\": 0.1452601",
                "\"abandonProbability\": 0.01398374", "\"serviceLevel\": 0.91679", "\"serviceLevelOfAnswered\"",
                "\"asaSeconds\"", "\"asaOfAnsweredSeconds\"", "\"occupancy\": 0.70429", "\"meanQueueLength\"",
                "\"blocking\"");
    }

    @Test
    void unstableErlangCPrintsNullWaitsNotInfinity() {
        Result r = run("erlang", "--model", "C", "--calls", "100", "--interval-seconds", "1800", "--aht-seconds", "180",
                "--agents", "9", "--target-seconds", "20");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"stable\": false", "\"asaSeconds\": null").doesNotContain("Infinity");
    }

    @Test
    void zeroHandleTimeIsAOneLineErrorWithExitTwo() {
        Result r = run("erlang", "--model", "C", "--calls", "100", "--interval-seconds", "1800", "--aht-seconds", "0",
                "--agents", "14", "--target-seconds", "20");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("homeshore erlang: --aht-seconds must be a positive number, was 0.0");
    }

    @Test
    void modelAWithoutPatienceIsRejected() {
        Result r = run("erlang", "--model", "A", "--calls", "1", "--interval-seconds", "900", "--aht-seconds", "60",
                "--agents", "1", "--target-seconds", "20");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--patience-seconds");
    }

    @Test
    void staffingWritesOneRequirementPerInterval() throws IOException {
        Path in = write(HEADER,
                "voice,09:00,100,1800,180,,0.8,20,,,0.85,0.3,,",
                "voice,09:30,100,1800,180,300,0.8,20,,0.05,0.85,0.3,,",
                "voice,10:00,0,1800,180,300,0.8,20,,0.05,0.85,0.3,,");
        Path out = dir.resolve("requirements.csv");
        Result r = run("staffing", "--input", in.toString(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo(StaffingCommand.OUTPUT_HEADER);
        assertThat(lines.get(1)).startsWith("voice,09:00,MET,10.000000,14,20,");
        assertThat(lines.get(2)).startsWith("voice,09:30,MET,10.000000,13,19,");
        assertThat(lines.get(3)).startsWith("voice,10:00,NO_WORKLOAD,0.000000,0,0,");
    }

    @Test
    void badCellNamesLineAndColumnAndWritesNothing() throws IOException {
        Path in = write(HEADER, "voice,09:00,100,1800,180,,0.8,20,,,0.85,0.3,,", "voice,09:30,100,1800,NaN,,0.8,20,,,,,,");
        Path out = dir.resolve("requirements.csv");
        Result r = run("staffing", "--input", in.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("homeshore staffing: line 3, column aht_seconds: must be a positive number, was NaN");
        assertThat(out).doesNotExist();
    }

    @Test
    void serviceLevelAboveOneIsRejected() throws IOException {
        Path in = write(HEADER, "voice,09:00,100,1800,180,,1.5,20,,,,,,");
        Result r = run("staffing", "--input", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 2, column service_level: must be in (0, 1]");
    }

    @Test
    void emailRowsAreStaffedByWorkloadWithinTheirDeadline() throws IOException {
        Path in = write(HEADER, "email,09:00,40,900,450,,,,,,,0.2,,2", "email,09:15,0,900,450,,,,,,,0.2,,2",
                "voice,09:00,100,1800,180,,0.8,20,,,,,,");
        Path out = dir.resolve("requirements.csv");
        assertThat(run("staffing", "--input", in.toString(), "--out", out.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(out);
        // 40 items × 450 s over a 2-hour window of eight 15-minute intervals: 2.5 agents → 3, scheduled ⌈3/0.8⌉ = 4
        assertThat(lines.get(1)).startsWith("email,09:00,MET,20.000000,3,4,").endsWith("workload within 2.0 h");
        assertThat(lines.get(2)).startsWith("email,09:15,MET,0.000000,3,4,");
        assertThat(lines.get(3)).startsWith("voice,09:00,MET,10.000000,14,14,");
    }

    private Path write(String... lines) throws IOException {
        return Files.write(dir.resolve("intervals.csv"), List.of(lines));
    }
}

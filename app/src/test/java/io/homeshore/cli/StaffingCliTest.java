package io.homeshore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The erlang and staffing commands, run in-process as ./homeshore runs them. */
class StaffingCliTest {

    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(HomeshoreCli.run(args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void erlangPrintsEveryMeasureAsJson() {
        Run r = run("erlang", "--model", "C", "--calls", "100", "--interval-seconds", "1800", "--aht-seconds", "180", "--agents", "14",
                "--target-seconds", "20");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"probabilityWait\":0.1741319335950498").contains("\"serviceLevel\":0.8883500191794669")
                .contains("\"asaSeconds\":").contains("\"occupancy\":0.7142857142857143").contains("\"queueLength\":");
    }

    @Test
    void erlangAWithoutPatienceIsAOneLineError() {
        Run r = run("erlang", "--model", "A", "--calls", "100", "--interval-seconds", "1800", "--aht-seconds", "180", "--agents", "14",
                "--target-seconds", "20");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("homeshore erlang: --patience-seconds is required for --model A");
    }

    @Test
    void staffingWritesOneRequirementPerInterval() throws Exception {
        Path in = dir.resolve("intervals.csv");
        Files.writeString(in, "\uFEFFqueue,interval_start,contacts,aht_seconds,patience_seconds\nvoice,08:00,50,180,\nvoice,08:15,0,180,\nchat,08:00,50,180,300\n");
        Path out = dir.resolve("requirements.csv");
        Run r = run("staffing", "--input", in.toString(), "--out", out.toString(), "--service-level", "0.8", "--interval-seconds", "900",
                "--shrinkage", "0.3");
        assertThat(r.code()).as(r.err()).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("voice,08:00,50,180,10,MET,14,20,");
        assertThat(lines.get(2)).startsWith("voice,08:15,0,180,0,NO_CONTACTS,0,0");
        assertThat(lines.get(3)).startsWith("chat,08:00,50,180,10,MET,13,19,");
    }

    @Test
    void aBadValueNamesItsLineAndColumnAndWritesNothing() throws Exception {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "queue,interval_start,contacts,aht_seconds\nvoice,08:00,50,180\nvoice,08:15,50,-3\n");
        Path out = dir.resolve("none.csv");
        Run r = run("staffing", "--input", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("line 3, column 4 (aht_seconds)").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }
}

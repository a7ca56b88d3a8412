package io.homeshore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code homeshore schedule} run in-process with tiny time limits. */
class ScheduleCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        try {
            return HomeshoreCli.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path problem(String json) throws Exception {
        Path file = dir.resolve("problem.json");
        Files.writeString(file, json);
        return file;
    }

    private static final String AGENT = """
            {"id": "ann", "skills": ["voice"], "contract": {"maxHoursPerWeek": 40}}""";

    private static String problemWith(String templateSkill, String agent, String extra) {
        return """
                {"startDate": "2026-11-30", "weeks": 1, "skills": ["voice"],
                 "templates": [{"id": "early", "skill": "%s", "startEarliest": "08:00", "minLength": 480}],
                 "agents": [%s]%s}""".formatted(templateSkill, agent, extra);
    }

    @Test
    void writesAScheduleWithAssignmentsAndExplanations() throws Exception {
        Path target = dir.resolve("schedule.json");
        int code = run("schedule", "--problem", problem(problemWith("voice", AGENT,
                ", \"demands\": [{\"day\": 0, \"template\": \"early\", \"required\": 1}]")).toString(),
                "--time-limit", "500ms", "--out", target.toString());
        assertThat(code).as(err.toString()).isZero();
        String json = Files.readString(target);
        assertThat(json).contains("\"assignments\"", "\"scoreByConstraint\"", "\"unmetHardRules\"",
                "\"agent\" : \"ann\"");
    }

    @Test
    void rejectsAnUnknownSkillNamingTheTemplate() throws Exception {
        int code = run("schedule", "--problem", problem(problemWith("chat", AGENT, "")).toString(),
                "--time-limit", "200ms");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("homeshore schedule: template early: unknown skill 'chat'");
    }

    @Test
    void rejectsARequestOfAnUnknownAgent() throws Exception {
        int code = run("schedule", "--problem", problem(problemWith("voice", AGENT,
                ", \"requests\": [{\"agent\": \"zoe\", \"day\": 1, \"on\": false}]")).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown agent 'zoe'");
    }

    @Test
    void rejectsAPinOfAnUnknownTemplate() throws Exception {
        int code = run("schedule", "--problem", problem(problemWith("voice", AGENT,
                ", \"pinned\": [{\"agent\": \"ann\", \"day\": 0, \"template\": \"night\", \"start\": \"22:00\","
                        + " \"lengthMinutes\": 480}]")).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown template 'night'");
    }

    @Test
    void rejectsAContractWithMinimumAboveMaximum() throws Exception {
        int code = run("schedule", "--problem", problem(problemWith("voice", """
                {"id": "ann", "skills": ["voice"], "contract": {"minHoursPerWeek": 40, "maxHoursPerWeek": 20}}""",
                "")).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("minutesPerWeek: minimum 2400 is above maximum 1200");
    }

    @Test
    void rejectsAHorizonBeyondEightWeeks() throws Exception {
        int code = run("schedule", "--problem", problem(problemWith("voice", AGENT, "").replace("\"weeks\": 1",
                "\"weeks\": 9")).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("horizon: 63 days is not 1 to 8 whole weeks");
    }

    /**
     * Instance 1 is priced exactly; Instance 14 (42 days, 32 agents) by RelaxedPricing, its master small enough for LP
     * prices and dives (ADR 0055). Each plan must keep every hard rule and its objective agree with the independent
     * recomputation (the command fails otherwise).
     */
    @ParameterizedTest
    @CsvSource({"1, 2s, 607", "14, 8s, 1278"})
    void solvesACurtoisInstanceKeepingEveryRuleAndAgreesWithTheIndependentObjective(int n, String limit, int best) {
        Path file = shared().resolve("benchmarks/curtois/Instance" + n + ".txt");
        assumeTrue(Files.exists(file), "shared/benchmarks/curtois not present next to the repository");
        int code = run("schedule", "curtois", file.toString(), "--time-limit", limit);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("feasible: yes", "objective: ", "best known: " + best, "gap: ")
                .doesNotContain("unmet hard rule");
    }

    @Test
    void rejectsACurtoisFileWithAnUnknownShiftNamingTheLine() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "SECTION_HORIZON\n14\n\nSECTION_SHIFTS\nD,480,\n\nSECTION_STAFF\n"
                + "A,X=14,4320,3360,5,2,2,1\n");
        int code = run("schedule", "curtois", file.toString(), "--time-limit", "1s");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("bad.txt line 8: unknown shift or bad pair 'X=14'");
    }

    private static Path shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared"))) {
                return p.resolve("shared");
            }
        }
        return Path.of("shared");
    }
}

package io.homeshore.cli;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleBuilder;
import io.homeshore.scheduling.solver.ScheduleExplainer;
import io.homeshore.scheduling.solver.ScheduleSolver;
import io.homeshore.scheduling.solver.SchedulingInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Reads problem.json, plans it, writes schedule.json with the explanation (format in docs/cli.md). */
final class ProblemJob {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ProblemJob() {
    }

    static int run(Path problemFile, Duration limit, Path out, PrintWriter w) throws IOException {
        if (!Files.isRegularFile(problemFile)) {
            throw new CliException("--problem: no such file " + problemFile);
        }
        JsonNode root;
        try {
            root = JSON.readTree(problemFile);
        } catch (JacksonException e) {
            throw new CliException(problemFile.getFileName() + ": not valid JSON: " + e.getOriginalMessage());
        }
        Schedule problem;
        try {
            problem = ScheduleBuilder.build(ProblemJson.read(root));
        } catch (SchedulingInputException e) {
            throw new CliException(e.getMessage());
        }
        ScheduleSolver.Result result = ScheduleSolver.solve(problem, limit, null);
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result));
        if (out == null) {
            w.println(text);
        } else {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".schedule", ".json");
            Files.writeString(tmp, text);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            w.printf("score %s, feasible %s, %d ms; wrote %s%n", result.schedule().getScore(),
                    result.schedule().getScore().isFeasible() ? "yes" : "no", result.millis(), out);
        }
        w.flush();
        return 0;
    }

    private static ObjectNode toJson(ScheduleSolver.Result result) {
        Schedule s = result.schedule();
        ScheduleExplainer.Explanation e = ScheduleExplainer.explain(s);
        ObjectNode root = JSON.createObjectNode();
        root.put("score", e.score().toString());
        root.put("feasible", e.score().isFeasible());
        root.put("solveMillis", result.millis());
        root.put("firstFeasibleMillis", result.firstFeasibleMillis());
        ArrayNode assignments = root.putArray("assignments");
        for (AgentDay ad : s.getAgentDays()) {
            if (ad.getShift() != null) {
                ObjectNode a = assignments.addObject();
                a.put("agent", ad.getAgent().id());
                a.put("day", ad.getDay());
                a.put("template", ad.getShift().type().id());
                a.put("start", hhmm(ad.getShift().startMinuteOfDay()));
                a.put("lengthMinutes", ad.getShift().length());
                a.put("pinned", ad.isPinned());
            }
        }
        ArrayNode unmet = root.putArray("unmetHardRules");
        e.unmetHard().forEach(v -> unmet.addObject().put("rule", v.rule()).put("agent", v.agentId())
                .put("detail", v.detail()));
        ArrayNode byConstraint = root.putArray("scoreByConstraint");
        e.byConstraint().forEach((name, score) -> byConstraint.addObject().put("constraint", name)
                .put("hard", score.hardScore()).put("soft", score.softScore()));
        root.putPOJO("scoreByAgent", e.byAgent());
        root.putPOJO("scoreByCover", e.byCover());
        root.putPOJO("fairnessSpread", e.fairnessSpread());
        root.putObject("coverage").put("requiredAgentMinutes", e.coverage().requiredMinutes()).put("shortAgentMinutes", e.coverage().shortMinutes())
                .put("overAgentMinutes", e.coverage().overMinutes()).put("covered", e.coverage().covered());
        root.putObject("wishes").put("requests", e.wishes().requests()).put("requestsMet", e.wishes().requestsMet())
                .put("shiftsWithPreferredStart", e.wishes().shiftsWithPreferredStart())
                .put("shiftsStartingAsPreferred", e.wishes().shiftsStartingAsPreferred()).put("satisfaction", e.wishes().satisfaction());
        root.putPOJO("why", e.whyShift());
        return root;
    }

    private static String hhmm(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}

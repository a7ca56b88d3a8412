package io.homeshore.cli;

import io.homeshore.staffing.erlang.QueueMeasures;
import io.homeshore.staffing.erlang.StaffingRequirement;
import io.homeshore.staffing.erlang.StaffingSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code homeshore staffing}: agents required per queue and interval, CSV in, CSV out (columns in docs/cli.md). */
@Command(name = "staffing", mixinStandardHelpOptions = true,
        description = "Minimum agents per queue and interval meeting service targets (Erlang C/A; see docs/cli.md).")
final class StaffingCommand implements Callable<Integer> {

    static final String OUTPUT_HEADER = "queue,interval_start,status,erlangs,agents,scheduled_agents,service_level,"
            + "service_level_answered,asa_seconds,asa_answered_seconds,abandon_probability,occupancy,wait_probability,reason";

    @Spec CommandSpec spec;
    @Option(names = "--input", required = true, description = "interval CSV") Path input;
    @Option(names = "--out", required = true, description = "requirements CSV to write") Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(input)) throw new CliException("--input " + input + " cannot be read");
        List<StaffingRow> rows = StaffingRow.parse(Files.readAllLines(input));
        Map<StaffingRow, StaffingRequirement> backOffice = BackOfficeRows.requirements(rows);
        Map<String, Integer> previous = new HashMap<>();
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(OUTPUT_HEADER);
        int met = 0;
        for (StaffingRow row : rows) {
            StaffingRequirement r = row.targets() == null ? backOffice.get(row)
                    : StaffingSolver.solve(row.workload(), row.targets(), row.concurrency(),
                            previous.getOrDefault(row.queue(), 0));
            if (r.status() == StaffingRequirement.Status.MET) {
                if (row.targets() != null) previous.put(row.queue(), r.agents());
                met++;
            }
            lines.add(line(row, r));
        }
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".staffing", ".csv");
        Files.write(tmp, lines);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("%d intervals, %d met, %d without workload or unreachable -> %s%n",
                rows.size(), met, rows.size() - met, out);
        return 0;
    }

    private static String line(StaffingRow row, StaffingRequirement r) {
        QueueMeasures m = r.achieved();
        String measures = m == null ? ",,,,,,"
                : String.join(",", num(m.serviceLevel()), num(m.serviceLevelOfAnswered()), num(m.asa()),
                        num(m.asaOfAnswered()), num(m.abandonProbability()), num(m.occupancy()), num(m.waitProbability()));
        return String.join(",", StaffingRow.quote(row.queue()), StaffingRow.quote(row.intervalStart()), r.status().name(),
                num(row.workload().erlangs()), Integer.toString(r.agents()), Integer.toString(r.scheduledAgents()),
                measures, StaffingRow.quote(r.reason()));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}

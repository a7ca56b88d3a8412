package io.homeshore.cli;

import io.homeshore.staffing.erlang.Demand;
import io.homeshore.staffing.erlang.Requirement;
import io.homeshore.staffing.erlang.StaffingSolver;
import io.homeshore.staffing.erlang.Targets;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Agents required per queue and interval for a file of intervals (columns in docs/cli.md). */
@Command(name = "staffing", mixinStandardHelpOptions = true,
        description = "Minimum agents per interval meeting every target; reads intervals CSV, writes requirements CSV.")
final class StaffingCommand implements Callable<Integer> {

    static final List<String> REQUIRED = List.of("queue", "interval_start", "contacts", "aht_seconds");

    @Option(names = "--input", required = true, description = "intervals CSV") Path input;
    @Option(names = "--out", required = true, description = "requirements CSV to write") Path out;
    @Option(names = "--interval-seconds", defaultValue = "900", description = "interval length when the file has no interval_seconds column (default ${DEFAULT-VALUE})")
    double intervalSeconds;
    @Option(names = "--service-level", description = "share answered within --target-seconds, e.g. 0.8") Double serviceLevel;
    @Option(names = "--target-seconds", defaultValue = "20", description = "service-level time (default ${DEFAULT-VALUE})") double targetSeconds;
    @Option(names = "--basis", defaultValue = "ALL_ARRIVALS", description = "service level over ALL_ARRIVALS or ANSWERED") Targets.Basis basis;
    @Option(names = "--max-asa-seconds", description = "highest average speed of answer") Double maxAsa;
    @Option(names = "--max-abandonment", description = "highest share abandoned, e.g. 0.05") Double maxAbandonment;
    @Option(names = "--max-occupancy", description = "highest occupancy, e.g. 0.85") Double maxOccupancy;
    @Option(names = "--shrinkage", defaultValue = "0", description = "share of paid time not available, e.g. 0.3") double shrinkage;

    record Row(String queue, String start, Demand demand) {}

    @Override
    public Integer call() throws IOException {
        Targets targets;
        try {
            targets = new Targets(serviceLevel == null && maxAsa == null && maxAbandonment == null && maxOccupancy == null ? Double.valueOf(0.8)
                    : serviceLevel, targetSeconds, basis, maxAsa, maxAbandonment, maxOccupancy, shrinkage);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage().replaceFirst("^(\\w+)", "--$1"));
        }
        var byQueue = new LinkedHashMap<String, List<Row>>();
        for (Row row : read()) byQueue.computeIfAbsent(row.queue(), q -> new ArrayList<>()).add(row);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("queue", "interval_start", "contacts", "aht_seconds",
                     "traffic_erlangs", "status", "agents", "scheduled", "service_level", "asa_seconds", "abandonment", "occupancy").get())) {
            for (var rows : byQueue.values()) {
                List<Requirement> reqs = StaffingSolver.solveAll(rows.stream().map(Row::demand).toList(), targets);
                for (int i = 0; i < rows.size(); i++) print(printer, rows.get(i), reqs.get(i));
            }
        }
        return 0;
    }

    private static void print(CSVPrinter p, Row row, Requirement r) throws IOException {
        var m = r.achieved();
        p.printRecord(row.queue(), row.start(), fmt(row.demand().contacts()), fmt(row.demand().ahtSeconds()), fmt(row.demand().traffic()),
                r.status(), r.agents(), r.scheduled(), m == null ? "" : fmt(m.serviceLevel()), m == null ? "" : fmt(m.asa()),
                m == null ? "" : fmt(m.probabilityAbandon()), m == null ? "" : fmt(m.occupancy()));
    }

    private List<Row> read() throws IOException {
        if (!Files.isReadable(input)) throw new CliException("cannot read " + input);
        var rows = new ArrayList<Row>();
        try (Reader r = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get().parse(r)) {
            var header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            for (String col : REQUIRED) if (!header.contains(col)) throw new CliException(input + " line 1: missing column " + col + " (need " + REQUIRED + ")");
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord rec : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                rows.add(row(rec, line, header));
            }
        }
        if (rows.isEmpty()) throw new CliException(input + ": no intervals");
        return rows;
    }

    private Row row(CSVRecord rec, long line, List<String> header) {
        double contacts = number(rec, line, header, "contacts");
        double aht = number(rec, line, header, "aht_seconds");
        String patienceText = header.contains("patience_seconds") ? rec.get(header.indexOf("patience_seconds")) : "";
        Double patience = patienceText.isEmpty() ? null : number(rec, line, header, "patience_seconds");
        double interval = header.contains("interval_seconds") ? number(rec, line, header, "interval_seconds") : intervalSeconds;
        try {
            return new Row(rec.get(header.indexOf("queue")), rec.get(header.indexOf("interval_start")), new Demand(contacts, interval, aht, patience));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().split(" ")[0];
            String column = switch (field) {
                case "ahtSeconds" -> "aht_seconds";
                case "patienceSeconds" -> "patience_seconds";
                case "intervalSeconds" -> "interval_seconds";
                default -> field;
            };
            int at = header.indexOf(column) + 1;
            throw new CliException(input + " line " + line + (at > 0 ? ", column " + at : "") + " (" + column + "): " + e.getMessage());
        }
    }

    private double number(CSVRecord rec, long line, List<String> header, String column) {
        int i = header.indexOf(column);
        String text = i < rec.size() ? rec.get(i) : "";
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CliException(input + " line " + line + ", column " + (i + 1) + " (" + column + "): '" + text + "' is not a number");
        }
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e") : "";
    }
}

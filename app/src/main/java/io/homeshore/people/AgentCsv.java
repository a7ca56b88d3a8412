package io.homeshore.people;

import io.homeshore.people.internal.AgentCsvFormat;
import io.homeshore.people.internal.Agents;
import io.homeshore.people.internal.Contracts;
import io.homeshore.people.internal.Teams;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.shared.Channel;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents with their contract and skills as CSV (docs/import-export.md). Import is all-or-nothing: every line is
 * read and checked first, every problem is reported as "line N, column C (name)", and nothing is written unless
 * the whole file is valid. An agent whose e-mail exists is updated; others are created. Export writes the same
 * format, so an export imports back unchanged.
 */
@Service
public class AgentCsv {

    public record Result(int created, int updated) {}

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(AgentCsvFormat.COLUMNS.toArray(String[]::new)).get();

    private final AgentDirectory directory;
    private final Agents agents;
    private final Teams teams;
    private final Contracts contracts;
    private final Validator validator;
    private final AuditLog audit;

    AgentCsv(AgentDirectory directory, Agents agents, Teams teams, Contracts contracts, Validator validator, AuditLog audit) {
        this.directory = directory;
        this.agents = agents;
        this.teams = teams;
        this.contracts = contracts;
        this.validator = validator;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public String export() {
        Map<Long, String> teamNames = teams.all().stream().collect(Collectors.toMap(Team::id, Team::name));
        Map<Long, String> contractNames = contracts.all().stream().collect(Collectors.toMap(Contract::id, Contract::name));
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, WRITE)) {
            for (Agent a : agents.all()) {
                printer.printRecord(a.name(), a.email(), a.timeZone(), String.join(";", a.languages()), teamNames.get(a.teamId()),
                        contractNames.get(a.contractId()), a.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(";")),
                        a.startDate(), a.nightOptIn(), a.skills().stream().map(s -> s.skill() + ":" + s.proficiency()).collect(Collectors.joining(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads, checks and then stores every line, or none. Throws {@link InvalidInputException} listing each problem. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Result importCsv(Reader source) {
        var rows = parse(source);
        var errors = new ArrayList<FieldError>();
        var emails = new HashMap<String, Integer>();
        for (Row row : rows) {
            if (row.input() == null) continue;
            Integer first = emails.putIfAbsent(row.input().email().toLowerCase(Locale.ROOT), row.line());
            if (first != null) errors.add(error(row.line(), "email", "error.csv.duplicateInFile", "also on line " + first, first));
        }
        rows.forEach(r -> errors.addAll(r.errors()));
        for (Row row : rows) if (row.input() != null && row.errors().isEmpty()) errors.addAll(check(row));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            var existing = agents.findByEmail(row.input().email());
            if (existing.isPresent()) {
                directory.update(existing.get().id(), row.input());
                updated++;
            } else {
                directory.create(row.input(), null);
                created++;
            }
        }
        audit.record("agents.imported", "agents", created + " created, " + updated + " updated");
        return new Result(created, updated);
    }

    private record Row(int line, Agent.Input input, List<FieldError> errors) {}

    private List<FieldError> check(Row row) {
        var found = new ArrayList<FieldError>();
        validator.validate(row.input()).forEach(v -> found.add(error(row.line(), AgentCsvFormat.columnOf(v.getPropertyPath().toString()), null,
                v.getMessage())));
        if (!found.isEmpty()) return found;
        try {
            directory.check(row.input(), agents.findByEmail(row.input().email()).map(Agent::id).orElse(null));
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> found.add(error(row.line(), AgentCsvFormat.columnOf(f.field()), f.code(), f.message(), f.args())));
        } catch (ConflictException e) {
            found.add(error(row.line(), AgentCsvFormat.columnOf(e.field()), e.code(), e.getMessage(), e.args()));
        }
        return found;
    }

    private List<Row> parse(Reader source) {
        var rows = new ArrayList<Row>();
        try (CSVParser parser = READ.parse(withoutBom(source))) {
            var header = parser.getHeaderNames();
            var missing = AgentCsvFormat.COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            var unknown = header.stream().filter(c -> !AgentCsvFormat.COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw new InvalidInputException(FieldError.coded("line 1", "error.csv.header",
                        "the header must name the columns " + AgentCsvFormat.COLUMNS + "; missing " + missing + ", unknown " + unknown,
                        AgentCsvFormat.COLUMNS, missing, unknown));
            }
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                rows.add(read(record, line, header));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException(FieldError.coded("line " + (rows.size() + 2), "error.csv.unreadable", "not valid CSV: " + e.getMessage(),
                    e.getMessage()));
        }
        if (rows.isEmpty()) throw new InvalidInputException(FieldError.coded("line 2", "error.csv.empty", "the file has no agents"));
        return rows;
    }

    private Row read(CSVRecord r, int line, List<String> header) {
        var errors = new ArrayList<FieldError>();
        if (r.size() != header.size()) {
            errors.add(FieldError.coded("line " + line, "error.csv.columns", "has " + r.size() + " values, expected " + header.size(), r.size(), header.size()));
            return new Row(line, null, errors);
        }
        Long team = teams.findByName(r.get("team")).map(Team::id).orElse(null);
        if (team == null) errors.add(error(line, "team", "error.unknownRef", "no team named " + r.get("team"), r.get("team")));
        Long contract = contracts.findByName(r.get("contract")).map(Contract::id).orElse(null);
        if (contract == null) errors.add(error(line, "contract", "error.unknownRef", "no contract named " + r.get("contract"), r.get("contract")));
        var channels = EnumSet.noneOf(Channel.class);
        for (String c : list(r.get("channels"))) {
            try {
                channels.add(Channel.valueOf(c.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(error(line, "channels", "error.csv.channel", "unknown channel " + c + " (use VOICE, CHAT, EMAIL)", c));
            }
        }
        var skills = new ArrayList<Agent.SkillLevel>();
        for (String s : list(r.get("skills"))) {
            String[] parts = s.split(":");
            try {
                skills.add(new Agent.SkillLevel(parts[0].strip(), Integer.valueOf(parts[1].strip())));
            } catch (RuntimeException e) {
                errors.add(error(line, "skills", "error.csv.skill", "'" + s + "' is not code:level such as billing:4", s));
            }
        }
        LocalDate start = null;
        try {
            start = LocalDate.parse(r.get("start_date"));
        } catch (DateTimeParseException e) {
            errors.add(error(line, "start_date", "error.csv.date", "'" + r.get("start_date") + "' is not a date YYYY-MM-DD", r.get("start_date")));
        }
        Boolean night = bool(r.get("night_opt_in"));
        if (night == null) errors.add(error(line, "night_opt_in", "error.csv.boolean", "use true or false", r.get("night_opt_in")));
        var input = new Agent.Input(r.get("name"), r.get("email"), r.get("time_zone"), list(r.get("languages")), team, contract, skills, channels,
                start, night);
        return new Row(line, input, errors);
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "false", "no", "0" -> false;
            case "true", "yes", "1" -> true;
            default -> null;
        };
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static FieldError error(int line, String column, String code, String message, Object... args) {
        return new FieldError("line " + line + ", column " + AgentCsvFormat.position(column) + " (" + column + ")", message, code, args);
    }

    private static Reader withoutBom(Reader source) throws IOException {
        var pushback = new java.io.PushbackReader(source, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') pushback.unread(first);
        return pushback;
    }
}

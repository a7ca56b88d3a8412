package io.homeshore.scheduling.web;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Organisation;
import io.homeshore.people.Team;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.Role;
import io.homeshore.platform.web.Form;
import io.homeshore.platform.web.HomeCards.NavLink;
import io.homeshore.scheduling.PlanRequest;
import io.homeshore.scheduling.RunExplanation;
import io.homeshore.scheduling.ScheduleRun;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.Schedules;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planner's schedule pages: start a run, watch its best score live, then the board (by team, day or week),
 * scheduled against required agents, fairness, explanations; stop or publish.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
class SchedulePages {

    private final Schedules schedules;
    private final Organisation org;
    private final AgentDirectory agents;
    private final MessageSource messages;
    private final Validator validator;
    private final Clock clock;

    SchedulePages(Schedules schedules, Organisation org, AgentDirectory agents, MessageSource messages, Validator validator, Clock clock) {
        this.schedules = schedules;
        this.org = org;
        this.agents = agents;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    @Bean
    static NavLink scheduleLink() {
        return new NavLink("/schedule", "nav.schedule", "home.card.schedule", List.of(Role.ADMIN, Role.PLANNER), 60);
    }

    @GetMapping("/schedule")
    String start(Model model) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return startPage(model, Form.empty().set("firstDay", monday).set("weeks", 4).set("timeLimitSeconds", 60).set("fairnessWeight", PlanRequest.DEFAULT_FAIRNESS_WEIGHT));
    }

    @PostMapping("/schedule/runs")
    String run(@RequestParam MultiValueMap<String, String> params, Model model) {
        Form form = Form.of(params);
        List<Long> teamIds = form.values("teamIds").stream().filter(v -> !v.isBlank()).map(Long::valueOf).toList();
        var request = new PlanRequest(teamIds, form.parse("firstDay", LocalDate::parse, messages), form.parse("weeks", Integer::valueOf, messages),
                form.parse("timeLimitSeconds", Integer::valueOf, messages), form.parse("keepPublishedUntil", LocalDate::parse, messages),
                form.parse("fairnessWeight", Integer::valueOf, messages));
        if (!form.hasErrors() && form.validate(request, validator)) {
            try {
                return "redirect:/schedule/runs/" + schedules.start(request).id();
            } catch (InvalidInputException e) {
                form.reject(e, messages);
            }
        }
        return startPage(model, form);
    }

    private String startPage(Model model, Form form) {
        model.addAttribute("teams", org.teams());
        model.addAttribute("runs", schedules.runs());
        model.addAttribute("form", form);
        return "scheduling/start";
    }

    @GetMapping("/schedule/runs/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "week") String view, @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) Long team, Model model) {
        ScheduleRun run = schedules.run(id);
        model.addAttribute("run", run);
        model.addAttribute("waiting", !run.finished() && schedules.waiting(id));
        model.addAttribute("progressJson", schedules.progress(id).stream()
                .map(p -> "[" + p.millis() + "," + p.hardScore() + "," + p.softScore() + "]").collect(Collectors.joining(",", "[", "]")));
        if (!run.finished()) return "scheduling/run";
        RunExplanation explanation = schedules.explanation(id).orElse(null);
        List<ScheduledShift> shifts = schedules.shifts(id);
        var runView = new RunView(run, shifts, explanation);
        boolean day = view.equals("day");
        LocalDate first = from == null || from.isBefore(run.firstDay()) || from.isAfter(run.lastDay()) ? run.firstDay() : from;
        if (!day) first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = first.plusDays(day ? 1 : 7);
        List<LocalDate> days = first.datesUntil(end).toList();
        List<Team> teams = org.teams().stream().filter(t -> run.teamIds().contains(t.id()) && (team == null || t.id() == team)).toList();
        List<Agent> people = agents.all();
        model.addAttribute("view", day ? "day" : "week");
        model.addAttribute("from", first);
        model.addAttribute("previous", first.minusDays(day ? 1 : 7).isBefore(run.firstDay()) ? null : first.minusDays(day ? 1 : 7));
        model.addAttribute("next", end.isAfter(run.lastDay()) ? null : end);
        model.addAttribute("team", team);
        model.addAttribute("runTeams", org.teams().stream().filter(t -> run.teamIds().contains(t.id())).toList());
        model.addAttribute("days", days);
        model.addAttribute("board", runView.board(days, teams, people, shifts));
        model.addAttribute("coverage", runView.coverageJson(first, end));
        model.addAttribute("shortAndExtra", runView.shortAndExtra());
        model.addAttribute("explanation", explanation);
        model.addAttribute("names", people.stream().collect(Collectors.toMap(Agent::id, Agent::name)));
        model.addAttribute("fairness", explanation == null ? List.of() : explanation.agents().stream()
                .sorted(Comparator.comparingInt(RunExplanation.AgentLine::nights).thenComparingInt(RunExplanation.AgentLine::weekendDays).reversed())
                .toList());
        return "scheduling/run";
    }

    @GetMapping("/schedule/runs/{id}/events")
    @ResponseBody
    SseEmitter events(@PathVariable long id) {
        return schedules.listen(id);
    }

    @PostMapping("/schedule/runs/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        try {
            schedules.stop(id);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", "schedule.error.notSolving");
        }
        return "redirect:/schedule/runs/" + id;
    }

    @PostMapping("/schedule/runs/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            schedules.publish(id);
            redirect.addFlashAttribute("flash", "schedule.publishedNotice");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", "schedule.error.notPublishable");
        }
        return "redirect:/schedule/runs/" + id;
    }

    @GetMapping("/schedule/runs/{id}/explanation")
    String explanation(@PathVariable long id, Model model) {
        ScheduleRun run = schedules.run(id);
        RunExplanation explanation = schedules.explanation(id).orElse(null);
        List<ScheduledShift> shifts = schedules.shifts(id);
        var runView = new RunView(run, shifts, explanation);
        Map<Long, Agent> people = agents.all().stream().collect(Collectors.toMap(Agent::id, Function.identity()));
        model.addAttribute("run", run);
        model.addAttribute("explanation", explanation);
        model.addAttribute("people", people);
        model.addAttribute("shifts", shifts.stream().collect(Collectors.groupingBy(ScheduledShift::agentId, java.util.TreeMap::new, Collectors.toList())));
        model.addAttribute("why", shifts.stream().collect(Collectors.toMap(s -> s, runView::why)));
        model.addAttribute("shortAndExtra", runView.shortAndExtra());
        return "scheduling/explanation";
    }
}

package io.homeshore.scheduling.internal;

import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.NotFoundException;
import io.homeshore.scheduling.PlanRequest;
import io.homeshore.scheduling.RunProgress;
import io.homeshore.scheduling.ScheduleRun;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleBuilder;
import io.homeshore.scheduling.solver.SchedulingInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Starts runs for the facade: assembles and checks the problem, records the run with its problem, hands it to the solver. */
@Component
public class Planner {

    private final ProblemAssembler assembler;
    private final ProblemWriter writer;
    private final RunStore runs;
    private final PlanningRuns solving;
    private final Clock clock;

    Planner(ProblemAssembler assembler, ProblemWriter writer, RunStore runs, PlanningRuns solving, Clock clock) {
        this.assembler = assembler;
        this.writer = writer;
        this.runs = runs;
        this.solving = solving;
        this.clock = clock;
    }

    public long start(PlanRequest request, String by) {
        ProblemAssembler.Assembly assembly;
        try {
            assembly = assembler.assemble(request);
        } catch (NotFoundException e) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("teamIds", "schedule.error.unknownTeam", e.getMessage()));
        }
        Schedule schedule;
        try {
            schedule = ScheduleBuilder.build(assembly.problem());
        } catch (SchedulingInputException e) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("problem", "schedule.error.problem", e.getMessage(), e.getMessage()));
        }
        var run = new ScheduleRun(0, request.teamIds(), request.firstDay(), request.weeks(), assembly.horizon().zone().getId(),
                request.timeLimitSeconds(), request.keepPublishedUntil(), ScheduleRun.Status.SOLVING, by, clock.instant(), null,
                assembly.agentIds().size(), null, null, null, null, null, null, null);
        long id = runs.insert(run, assembly.agentIds(), writer.write(assembly.problem(), request.firstDay()));
        solving.start(id, assembly, schedule, Duration.ofSeconds(request.timeLimitSeconds()));
        return id;
    }

    public boolean stop(long runId) {
        return solving.stop(runId);
    }

    public boolean waiting(long runId) {
        return solving.waiting(runId);
    }

    public List<RunProgress> progress(long runId) {
        return solving.progress(runId);
    }

    public SseEmitter listen(long runId) {
        return solving.listen(runId, runs.progress(runId));
    }

    public String problemJson(ScheduleRun run) {
        return runs.problem(run.id());
    }

    public List<Long> agentsOf(ScheduleRun run) {
        return runs.agentIds(run.id());
    }
}

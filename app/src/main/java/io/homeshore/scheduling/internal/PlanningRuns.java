package io.homeshore.scheduling.internal;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import io.homeshore.scheduling.RunProgress;
import io.homeshore.scheduling.ScheduleRun;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one owner of Timefold's SolverManager: starts a run, follows its best score (kept in memory while it solves
 * and streamed to every open page by server-sent events), stops it on request, and records how it ended — status,
 * score, timings, progress, the plan and its explanation — in the database. One run solves at a time (2 cores);
 * later ones wait their turn. Runs left solving by a stopped application are marked failed at start-up.
 */
@Component
class PlanningRuns implements DisposableBean, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlanningRuns.class);

    private final SolverManager<Schedule> manager = SolverManager.create(ScheduleSolver.config(Duration.ofMinutes(5)),
            new SolverManagerConfig().withParallelSolverCount("1"));
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    private final RunStore runs;
    private final JsonMapper json;
    private final Clock clock;

    PlanningRuns(RunStore runs, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.json = json;
        this.clock = clock;
    }

    /** A run while it solves: its progress so far and the pages listening. */
    private static final class Live {
        /** When the solver took the run up ({@code -1} while it waits for the run before it). */
        volatile long started = -1;
        final List<RunProgress> progress = new CopyOnWriteArrayList<>();
        final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
        volatile Long firstFeasible;
        volatile boolean stopRequested;

        long millis() {
            long from = started;
            return from < 0 ? 0 : (System.nanoTime() - from) / 1_000_000;
        }
    }

    /** Before the server takes requests (not on "ready", when a new run could already be solving). */
    @Override
    public void afterSingletonsInstantiated() {
        runs.unfinished().forEach(id -> runs.fail(id, "interrupted: the application stopped while it was solving", clock.instant()));
    }

    void start(long runId, ProblemAssembler.Assembly assembly, Schedule problem, Duration limit) {
        Live run = new Live();
        live.put(runId, run);
        manager.solveBuilder()
                .withProblemId(runId)
                .withProblem(problem)
                .withConfigOverride(new SolverConfigOverride().withTerminationSpentLimit(limit))
                .withSolverJobStartedEventConsumer(e -> run.started = System.nanoTime())
                .withBestSolutionEventConsumer(e -> improved(runId, run, e.solution()))
                .withFinalBestSolutionEventConsumer(e -> finished(runId, run, assembly, e.solution()))
                .withExceptionHandler((id, error) -> failed(runId, error))
                .run();
    }

    /**
     * Asks the run to stop; it keeps the best plan found so far. A run still waiting never starts, and the solver
     * reports no plan for it, so it is recorded as stopped here.
     */
    boolean stop(long runId) {
        Live run = live.get(runId);
        if (run == null) return false;
        run.stopRequested = true;
        manager.terminateEarly(runId);
        if (run.started < 0 && manager.getSolverStatus(runId) == SolverStatus.NOT_SOLVING) {
            runs.finish(runId, ScheduleRun.Status.STOPPED, null, null, null, 0, null, clock.instant(), null, List.of(), List.of());
            log.info("Planning run {} stopped before it started", runId);
            done(runId, run);
        }
        return true;
    }

    /** Whether the run waits for the one before it (one run solves at a time). */
    boolean waiting(long runId) {
        Live run = live.get(runId);
        return run != null && run.started < 0;
    }

    /** Progress of a solving run, or nothing when it is not solving here. */
    List<RunProgress> progress(long runId) {
        Live run = live.get(runId);
        return run == null ? null : List.copyOf(run.progress);
    }

    /** Streams progress of a solving run; a finished one gets its recorded progress and "done" at once. */
    SseEmitter listen(long runId, List<RunProgress> recorded) {
        var emitter = new SseEmitter(Duration.ofHours(1).toMillis());
        Live run = live.get(runId);
        if (run == null) {
            recorded.forEach(p -> send(emitter, "progress", p));
            send(emitter, "done", Map.of("runId", runId));
            emitter.complete();
            return emitter;
        }
        run.progress.forEach(p -> send(emitter, "progress", p));
        run.listeners.add(emitter);
        emitter.onCompletion(() -> run.listeners.remove(emitter));
        emitter.onTimeout(() -> run.listeners.remove(emitter));
        return emitter;
    }

    private void improved(long runId, Live run, Schedule best) {
        HardSoftScore score = best.getScore();
        if (score == null) return;
        var point = new RunProgress(run.millis(), score.hardScore(), score.softScore());
        run.progress.add(point);
        if (run.firstFeasible == null && score.isFeasible()) run.firstFeasible = point.millis();
        run.listeners.forEach(l -> send(l, "progress", point));
    }

    private void finished(long runId, Live run, ProblemAssembler.Assembly assembly, Schedule best) {
        try {
            HardSoftScore score = best.getScore();
            long solveMillis = run.millis();
            if (run.firstFeasible == null && score.isFeasible()) run.firstFeasible = solveMillis;
            List<ScheduledShift> shifts = SolverRecords.shifts(best, assembly.horizon());
            String explanation = json.writeValueAsString(SolverRecords.explain(best, assembly));
            runs.finish(runId, run.stopRequested ? ScheduleRun.Status.STOPPED : ScheduleRun.Status.DONE, (long) score.hardScore(),
                    (long) score.softScore(), run.firstFeasible, solveMillis, null, clock.instant(), explanation, shifts, run.progress);
            log.info("Planning run {} ended: score {}, first feasible after {} ms, {} shifts", runId, score, run.firstFeasible, shifts.size());
        } catch (RuntimeException e) {
            failed(runId, e);
        } finally {
            done(runId, run);
        }
    }

    private void failed(long runId, Throwable error) {
        log.error("Planning run {} failed", runId, error);
        runs.fail(runId, error.getClass().getSimpleName() + ": " + error.getMessage(), clock.instant());
        Live run = live.get(runId);
        if (run != null) done(runId, run);
    }

    private void done(long runId, Live run) {
        live.remove(runId);
        run.listeners.forEach(l -> {
            send(l, "done", Map.of("runId", runId));
            l.complete();
        });
    }

    private void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(json.writeValueAsString(data)));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    @Override
    public void destroy() {
        manager.close();
    }
}

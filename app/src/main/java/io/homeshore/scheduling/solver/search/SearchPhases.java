package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The phases of a solve (see {@link #phases}). Construction: {@link RosterConstruction} (run-based rosters per agent), or Timefold's
 * first fit when {@code homeshore.scheduling.firstFit=true}. Local search: late acceptance (Burke &amp; Bykov 2017,
 * "The late acceptance hill-climbing heuristic", EJOR 258) over a weighted union of single-day change and swap
 * moves with the roster neighbourhoods of nurse rostering — block swaps, block changes and ruin-and-recreate of one
 * agent's roster. System properties {@code homeshore.scheduling.*} override the tuned values for experiments.
 */
public final class SearchPhases {

    /** System property choosing the acceptor: {@code late} (default), {@code tabu}, {@code sa}, or
     * {@code default} (Timefold's own move selectors and acceptor). */
    public static final String SEARCH = "homeshore.scheduling.search";

    private static final Duration MAX_IMPROVING = Duration.ofSeconds(15);

    private SearchPhases() {
    }

    /** How long the construction improves before a first repair by local search (see {@link #phases}). */
    private static final Duration EARLY_IMPROVING = Duration.ofSeconds(2);
    /** The longest the first repair may take; it ends as soon as no hard rule is broken. */
    private static final Duration REPAIR = Duration.ofSeconds(3);
    /** Local search that has not improved the best plan for this long hands over to the redraw passes. */
    private static final Duration STALL = Duration.ofSeconds(2);
    /**
     * Plans with fewer agents get no stall-and-redraw cycles: a redraw pass over a dozen rosters rarely finds what
     * late acceptance misses, and restarting late acceptance cost there (Curtois 2 and 5, 14 and 16 agents: worse in
     * 3 of 5 and 4 of 5 seeded 20 s pairs; 7 and up, 20 agents and more: equal or better in most pairs).
     */
    public static final int CYCLE_MIN_AGENTS = 20;
    /** At most this many stall-and-redraw cycles (each is two phases the solver builds up front). */
    private static final long MAX_CYCLES = 200;

    /**
     * The phases of a solve. The construction builds a plan and improves its rosters for a fifth of the time limit,
     * at most 15 s (the web app configures a long limit and cuts each run shorter). That improving is split: after
     * two seconds, local search repairs the plan until no hard rule is broken (at most three seconds), so a plan
     * without broken rules is there early; then the construction improves for the rest of its share, and local
     * search takes the remaining time. On day-cover problems a Lagrangian construction
     * ({@link LagrangianConstruction}, 30 % of the limit) comes between the repair and the construction's improving;
     * where its rosters keep every rule by construction, it first runs on a plan still breaking a hard rule until one
     * breaks none; on small plans (priced by {@link RosterPricing} alone) it runs a second time (20 % of the
     * limit) and a third, which searches every roster that could belong to a better plan (20 %).
     * Whenever local search has not improved the best plan for {@link #STALL}, the construction's redraw passes run
     * again from its current plan (each agent's roster redrawn against the others' cover, kept if no worse), then local
     * search resumes: a variable neighbourhood descent between the two neighbourhoods (Mladenović &amp; Hansen 1997,
     * "Variable neighborhood search", Computers &amp; OR 24), as late acceptance alone settles in optima the
     * whole-roster redraw still improves (Curtois Instance13, 20 s: −6159 to −5089 in the first redraw after a stall).
     */
    public static List<PhaseConfig<?>> phases(Duration timeLimit) {
        return phases(timeLimit, true, true);
    }

    /**
     * The phases of a solve; {@code cycles} false: no stall-and-redraw cycles (small plans, step-limited test runs);
     * {@code relax} false: no Lagrangian construction and no group repricing, the parts that fill their time budget
     * whatever they find (step-limited test runs).
     */
    public static List<PhaseConfig<?>> phases(Duration timeLimit, boolean cycles, boolean relax) {
        if (Boolean.getBoolean("homeshore.scheduling.firstFit")) {
            return List.of(new ConstructionHeuristicPhaseConfig(), localSearch());
        }
        Duration share = timeLimit.multipliedBy(Integer.getInteger("homeshore.scheduling.constructionPercent", 20))
                .dividedBy(100);
        Duration budget = share.compareTo(MAX_IMPROVING) < 0 ? share : MAX_IMPROVING;
        Duration early = budget.compareTo(EARLY_IMPROVING) < 0 ? budget : EARLY_IMPROVING;
        List<PhaseConfig<?>> phases = new ArrayList<>();
        Duration lagrange = timeLimit.multipliedBy(Integer.getInteger("homeshore.scheduling.lagrangePercent", 30))
                .dividedBy(100);
        Duration again = timeLimit.multipliedBy(Integer.getInteger("homeshore.scheduling.againPercent", 20))
                .dividedBy(100);
        Duration exact = timeLimit.multipliedBy(Integer.getInteger("homeshore.scheduling.exactPercent", 20))
                .dividedBy(100);
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new RosterConstruction(null, relax),
                new RosterConstruction(early, relax)));
        if (budget.compareTo(early) > 0) {
            phases.add(localSearch().withTerminationConfig(
                    new TerminationConfig().withBestScoreFeasible(true).withSpentLimit(REPAIR)));
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(
                    new LagrangianConstruction(relax ? lagrange : Duration.ZERO, LagrangianConstruction.Pass.REPAIR),
                    new LagrangianConstruction(relax ? lagrange : Duration.ZERO, LagrangianConstruction.Pass.PLAN),
                    new LagrangianConstruction(relax ? again : Duration.ZERO, LagrangianConstruction.Pass.AGAIN),
                    new LagrangianConstruction(relax ? exact : Duration.ZERO, LagrangianConstruction.Pass.EXACT),
                    new RosterConstruction(budget.minus(early), relax)));
        }
        Duration stall = Duration.ofMillis(Long.getLong("homeshore.scheduling.stallMillis", STALL.toMillis()));
        long count = cycles ? Math.min(MAX_CYCLES, timeLimit.toMillis() / Math.max(1, stall.toMillis())) : 0;
        for (long i = 0; i < count && budget.isPositive(); i++) {
            phases.add(localSearch().withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(stall)));
            // no group repricing in a cycle: it would fill the whole budget each time and starve local search
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new RosterConstruction(budget, false)));
        }
        phases.add(localSearch());
        return phases;
    }

    /** Local search phase, with the acceptor named by {@link #SEARCH}. */
    public static LocalSearchPhaseConfig localSearch() {
        String kind = System.getProperty(SEARCH, "late");
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig();
        if (kind.equals("default")) {
            return phase;
        }
        phase.setMoveSelectorConfig(moves());
        int size = Integer.getInteger("homeshore.scheduling.la", 400);
        LocalSearchForagerConfig one = new LocalSearchForagerConfig().withAcceptedCountLimit(1);
        return switch (kind) {
            case "tabu" -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(
                            Double.parseDouble(System.getProperty("homeshore.scheduling.tabu", "0.02"))))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(
                            Integer.getInteger("homeshore.scheduling.accepted", 200)));
            case "sa" -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(
                            System.getProperty("homeshore.scheduling.temperature", "0hard/20soft")))
                    .withForagerConfig(one);
            default -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
                    .withForagerConfig(one);
        };
    }

    private static MoveSelectorConfig<?> moves() {
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(weight("change", 1.0)),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(weight("swap1", 1.0)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.Swap.class)
                        .withFixedProbabilityWeight(weight("swap", 0.1)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.Change.class)
                        .withFixedProbabilityWeight(weight("block", 0.1)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(AgentRedraw.class)
                        .withFixedProbabilityWeight(weight("redraw", 0.02)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(MinimumTopUp.class)
                        .withFixedProbabilityWeight(weight("topup", 0.05)));
    }

    private static double weight(String name, double fallback) {
        return Double.parseDouble(System.getProperty("homeshore.scheduling.w." + name, Double.toString(fallback)));
    }
}

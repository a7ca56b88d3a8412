package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;

import java.util.Iterator;
import java.util.random.RandomGenerator;

/**
 * Random block moves over the agent × day grid: a block is 1 to {@link #MAX_LENGTH} consecutive days of one agent.
 * Only random selection is supported (local search); a move that would leave an agent-day's options or touch a
 * pinned day is redrawn, so the search never evaluates one.
 */
public abstract sealed class BlockMoveFactory implements MoveIteratorFactory<Schedule, Move<Schedule>>
        permits BlockMoveFactory.Swap, BlockMoveFactory.Change, AgentRedraw {

    /** Longest block: a working week, the longest run most contracts allow. */
    static final int MAX_LENGTH = Integer.getInteger("homeshore.scheduling.maxBlock", 7);
    private static final int DRAWS = 64;
    /** Share of blocks drawn as a whole run of one agent rather than at a random place and length. */
    private static final double RUN_ALIGNED = Double.parseDouble(System.getProperty("homeshore.scheduling.runAligned", "0.5"));

    private Schedule gridOf;
    private AgentDay[][] grid;

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        AgentDay[][] g = grid(scoreDirector.getWorkingSolution());
        return g.length == 0 ? 0 : (long) g.length * g.length * g[0].length * MAX_LENGTH;
    }

    @Override
    public Iterator<Move<Schedule>> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("block moves are drawn at random only");
    }

    @Override
    public Iterator<Move<Schedule>> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector,
            RandomGenerator random) {
        AgentDay[][] g = grid(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return g.length > 1 && g[0].length > 0;
            }

            @Override
            public Move<Schedule> next() {
                Move<Schedule> move = null;
                for (int i = 0; i < DRAWS && move == null; i++) {
                    int days = g[0].length;
                    int agent = random.nextInt(g.length);
                    if (random.nextDouble() < RUN_ALIGNED) {
                        int[] run = run(g[agent], random.nextInt(days));
                        move = draw(g, agent, run[0], run[1], random);
                    } else {
                        int length = 1 + random.nextInt(Math.min(MAX_LENGTH, days));
                        move = draw(g, agent, random.nextInt(days - length + 1), length, random);
                    }
                }
                return move != null ? move : new BlockChangeMove(new AgentDay[0], new Shift[0]);
            }
        };
    }

    /**
     * The run of equal working status (all working or all off) around {@code day}, cut to {@link #MAX_LENGTH}
     * days, as {start, length}: moving a whole run keeps run lengths and rest runs whole, which the run rules need.
     */
    static int[] run(AgentDay[] row, int day) {
        boolean working = row[day].getShift() != null;
        int start = day;
        int end = day;
        while (start > 0 && end - start + 1 < MAX_LENGTH && (row[start - 1].getShift() != null) == working) {
            start--;
        }
        while (end + 1 < row.length && end - start + 1 < MAX_LENGTH && (row[end + 1].getShift() != null) == working) {
            end++;
        }
        return new int[] {start, end - start + 1};
    }

    /** One candidate move on the block of {@code agent} at [start, start + length), or {@code null} if not doable. */
    abstract Move<Schedule> draw(AgentDay[][] grid, int agent, int start, int length, RandomGenerator random);

    private AgentDay[][] grid(Schedule working) {
        if (gridOf != working) {
            grid = AgentDays.grid(working);
            gridOf = working;
            gridBuilt(working, grid);
        }
        return grid;
    }

    /** Called when the working solution (and so the grid) changes. */
    void gridBuilt(Schedule working, AgentDay[][] grid) {
    }

    /** Swaps a block between two agents ({@link BlockSwapMove}). */
    public static final class Swap extends BlockMoveFactory {
        @Override
        Move<Schedule> draw(AgentDay[][] grid, int agent, int start, int length, RandomGenerator random) {
            int other = random.nextInt(grid.length - 1);
            other = other >= agent ? other + 1 : other;
            AgentDay[] left = AgentDays.block(grid, agent, start, length);
            AgentDay[] right = AgentDays.block(grid, other, start, length);
            return BlockSwapMove.doable(left, right) ? new BlockSwapMove(left, right) : null;
        }
    }

    /** Sets a block of one agent to one shift pattern or to days off ({@link BlockChangeMove}). */
    public static final class Change extends BlockMoveFactory {
        @Override
        Move<Schedule> draw(AgentDay[][] grid, int agent, int start, int length, RandomGenerator random) {
            AgentDay[] days = AgentDays.block(grid, agent, start, length);
            AgentDay pick = days[random.nextInt(length)];
            int k = random.nextInt(pick.getOptions().size() + 1);
            Shift pattern = k == pick.getOptions().size() ? null : pick.getOptions().get(k);
            Shift[] values = new Shift[length];
            boolean changes = false;
            for (int i = 0; i < length; i++) {
                values[i] = pattern == null ? null : AgentDays.sameShift(days[i], pattern);
                if (values[i] == null && pattern != null) {
                    values[i] = days[i].getShift();
                }
                if (values[i] != days[i].getShift()) {
                    if (days[i].isPinned()) {
                        return null;
                    }
                    changes = true;
                }
            }
            return changes ? new BlockChangeMove(days, values) : null;
        }
    }
}

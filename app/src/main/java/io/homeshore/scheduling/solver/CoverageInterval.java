package io.homeshore.scheduling.solver;

/**
 * Agents with a skill required in [start, end) (minutes from the horizon start), as computed by staffing
 * (Erlang C); each missing agent costs {@code underWeight}, each extra one {@code overWeight}. Identity equality.
 */
public record CoverageInterval(String skill, int start, int end, int required, int underWeight, int overWeight) {

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return skill + "[" + start + "," + end + ")";
    }
}

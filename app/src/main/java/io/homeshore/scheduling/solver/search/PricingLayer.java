package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.Shift;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The labels of one day of {@link RosterPricing}, in primitive arrays: each label is a partial roster up to this day
 * (the option taken, -1 off; the label of the day before it came from), what it owes to the contract's minima so far,
 * its value, and the resources the contract limits. {@code run} is the current run, positive working and negative
 * off; {@code judged} whether it started after the first day (only such runs are judged for minima). Labels of the
 * same state (option when working, run, judged, minutes, week minutes, open weekend) form a Pareto front: a label no
 * better on any count than another of its state is dropped.
 */
final class PricingLayer {

    int size;
    int[] parent;
    int[] option;
    long[] owed;
    double[] value;
    int[] minutes;
    int[] weekMinutes;
    int[] weekDays;
    int[] weekends;
    int[] weekend;
    int[] run;
    boolean[] judged;
    boolean[] dead;
    int[] counts;
    private int[] chain;
    private final int types;
    private final int front;
    private final boolean weekly;
    private final boolean total;
    private long[] keys;
    private int[] heads;
    private int states;

    PricingLayer(int types, int front, boolean weekly, boolean total, int capacity) {
        this.types = types;
        this.front = front;
        this.weekly = weekly;
        this.total = total;
        grow(Math.max(16, capacity));
        keys = new long[64];
        heads = new int[64];
        Arrays.fill(heads, -1);
    }

    /** The first layer: one empty roster before the first day. */
    static PricingLayer start(int types) {
        PricingLayer start = new PricingLayer(types, 1, false, false, 1);
        start.parent[0] = -1;
        start.option[0] = -1;
        start.weekend[0] = -1;
        start.size = 1;
        return start;
    }

    /**
     * Adds the label staged at index {@link #size} (written by the caller through {@link #stage}) unless another of
     * its state dominates it; labels it dominates are dropped, and past {@code front} labels in a state the one owing
     * most and worth least goes.
     */
    void commit() {
        int l = size;
        long key = key(l);
        int slot = slot(key);
        int kept = 0;
        int worst = -1;
        int previous = -1;
        for (int j = heads[slot]; j >= 0; j = chain[j]) {
            if (!dead[j] && dominates(j, l)) {
                return;
            }
            if (dead[j] || dominates(l, j)) {
                dead[j] = true;
                if (previous < 0) {
                    heads[slot] = chain[j];
                } else {
                    chain[previous] = chain[j];
                }
                continue;
            }
            previous = j;
            kept++;
            if (worst < 0 || worse(j, worst)) {
                worst = j;
            }
        }
        chain[l] = heads[slot];
        heads[slot] = l;
        dead[l] = false;
        size++;
        if (kept + 1 > front && worst >= 0 && worse(worst, l)) {
            dead[worst] = true;
        } else if (kept + 1 > front) {
            dead[l] = true;
        }
    }

    /** Makes room for one more label and returns its index (then filled by the caller, then {@link #commit}). */
    int stage() {
        if (size == parent.length) {
            grow(size * 2);
        }
        return size;
    }

    private boolean worse(int a, int b) {
        return owed[a] > owed[b] || owed[a] == owed[b] && value[a] < value[b];
    }

    private boolean dominates(int a, int b) {
        if (owed[a] > owed[b] || value[a] < value[b] || weekends[a] > weekends[b] || weekDays[a] > weekDays[b]) {
            return false;
        }
        for (int t = 0; t < types; t++) {
            if (counts[a * types + t] > counts[b * types + t]) {
                return false;
            }
        }
        return true;
    }

    private long key(int l) {
        long key = run[l] > 0 ? option[l] + 1 : 0;
        key = key << 11 | (run[l] + 1024) & 0x7ff;
        key = key << 1 | (judged[l] ? 1 : 0);
        key = key << 22 | (total ? minutes[l] : 0) & 0x3fffff;
        key = key << 14 | (weekly ? weekMinutes[l] : 0) & 0x3fff;
        return key << 1 | (weekend[l] >= 0 ? 1 : 0);
    }

    /** The slot of {@code key} in the open-addressing table of states, claimed if new. */
    private int slot(long key) {
        if (states * 2 >= keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (heads[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (heads[i] < 0 && keys[i] != key) {
            keys[i] = key;
            states++;
        }
        return i;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldHeads[s] >= 0) {
                int i = (int) (oldKeys[s] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (heads[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[s];
                heads[i] = oldHeads[s];
            }
        }
    }

    /** The live labels, or the {@code max} with the lowest {@code score} (ties kept together). */
    int[] live(int max, IntToDoubleFunction score) {
        int[] live = new int[size];
        int n = 0;
        for (int l = 0; l < size; l++) {
            if (!dead[l]) {
                live[n++] = l;
            }
        }
        if (n <= max) {
            return Arrays.copyOf(live, n);
        }
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = score.applyAsDouble(live[i]);
        }
        Arrays.sort(sorted);
        double limit = sorted[max - 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (score.applyAsDouble(live[i]) <= limit) {
                live[k++] = live[i];
            }
        }
        return Arrays.copyOf(live, k);
    }

    /** The roster that label {@code l} of the last layer ends, read back through the parents. */
    static Shift[] roster(PricingLayer[] layers, List<List<Shift>> choices, int l) {
        Shift[] roster = new Shift[layers.length - 1];
        for (int d = roster.length - 1; d >= 0; d--) {
            int o = layers[d + 1].option[l];
            roster[d] = o < 0 ? null : choices.get(d).get(o);
            l = layers[d + 1].parent[l];
        }
        return roster;
    }

    private void grow(int capacity) {
        parent = parent == null ? new int[capacity] : Arrays.copyOf(parent, capacity);
        option = option == null ? new int[capacity] : Arrays.copyOf(option, capacity);
        owed = owed == null ? new long[capacity] : Arrays.copyOf(owed, capacity);
        value = value == null ? new double[capacity] : Arrays.copyOf(value, capacity);
        minutes = minutes == null ? new int[capacity] : Arrays.copyOf(minutes, capacity);
        weekMinutes = weekMinutes == null ? new int[capacity] : Arrays.copyOf(weekMinutes, capacity);
        weekDays = weekDays == null ? new int[capacity] : Arrays.copyOf(weekDays, capacity);
        weekends = weekends == null ? new int[capacity] : Arrays.copyOf(weekends, capacity);
        weekend = weekend == null ? new int[capacity] : Arrays.copyOf(weekend, capacity);
        run = run == null ? new int[capacity] : Arrays.copyOf(run, capacity);
        judged = judged == null ? new boolean[capacity] : Arrays.copyOf(judged, capacity);
        dead = dead == null ? new boolean[capacity] : Arrays.copyOf(dead, capacity);
        chain = chain == null ? new int[capacity] : Arrays.copyOf(chain, capacity);
        int slots = capacity * Math.max(1, types);
        counts = counts == null ? new int[slots] : Arrays.copyOf(counts, slots);
    }
}

package io.homeshore.scheduling.solver.curtois;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes a roster's objective and hard-constraint breaches in the benchmark's own terms, straight from the
 * instance and a staff × day matrix, without the constraint model: Curtois &amp; Qu (2014) IP formulation,
 * objective Σ q(1−x) + Σ p·x + Σ y·v_min + Σ z·v_max, hard rules 1–9 with its edge conventions.
 */
public final class CurtoisEvaluator {

    private CurtoisEvaluator() {
    }

    /** @param violations one line per broken hard rule; empty when the roster is feasible */
    public record Evaluation(long objective, List<String> violations) {
        public boolean feasible() {
            return violations.isEmpty();
        }
    }

    /**
     * The objective split by term of the Curtois &amp; Qu (2014) objective: unmet on-requests Σ q(1−x), granted
     * off-requests Σ p·x, under cover Σ y·v_min and over cover Σ z·v_max.
     */
    public record Terms(long onRequests, long offRequests, long underCover, long overCover) {
        public long total() {
            return onRequests + offRequests + underCover + overCover;
        }
    }

    /** Evaluates {@code roster[staff][day]} (shift id or null) against the instance. */
    public static Evaluation evaluate(CurtoisInstance in, String[][] roster) {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < in.staff().size(); i++) {
            checkStaff(in, in.staff().get(i), roster[i], violations);
        }
        return new Evaluation(terms(in, roster).total(), violations);
    }

    /** The objective of {@code roster[staff][day]} by term (see {@link Terms}); hard rules are not checked. */
    public static Terms terms(CurtoisInstance in, String[][] roster) {
        Map<String, Integer> staffIndex = new HashMap<>();
        for (int i = 0; i < in.staff().size(); i++) {
            staffIndex.put(in.staff().get(i).id(), i);
        }
        long on = 0;
        for (CurtoisInstance.Request r : in.onRequests()) {
            if (!r.shiftId().equals(roster[staffIndex.get(r.staffId())][r.day()])) {
                on += r.weight();
            }
        }
        long off = 0;
        for (CurtoisInstance.Request r : in.offRequests()) {
            if (r.shiftId().equals(roster[staffIndex.get(r.staffId())][r.day()])) {
                off += r.weight();
            }
        }
        long under = 0;
        long over = 0;
        for (CurtoisInstance.Cover c : in.cover()) {
            int x = 0;
            for (String[] row : roster) {
                if (c.shiftId().equals(row[c.day()])) {
                    x++;
                }
            }
            if (x < c.requirement()) {
                under += (long) (c.requirement() - x) * c.underWeight();
            } else {
                over += (long) (x - c.requirement()) * c.overWeight();
            }
        }
        return new Terms(on, off, under, over);
    }

    private static void checkStaff(CurtoisInstance in, CurtoisInstance.Staff st, String[] row, List<String> out) {
        Map<String, Integer> lengths = new HashMap<>();
        Map<String, Set<String>> cannotFollow = new HashMap<>();
        in.shifts().forEach(k -> {
            lengths.put(k.id(), k.minutes());
            cannotFollow.put(k.id(), k.cannotFollow());
        });
        Map<String, Integer> perType = new HashMap<>();
        int minutes = 0;
        for (int d = 0; d < row.length; d++) {
            if (row[d] == null) {
                continue;
            }
            perType.merge(row[d], 1, Integer::sum);
            minutes += lengths.get(row[d]);
            if (in.daysOff().getOrDefault(st.id(), Set.of()).contains(d)) {
                out.add(st.id() + ": works on day off " + d);
            }
            if (d + 1 < row.length && row[d + 1] != null && cannotFollow.get(row[d]).contains(row[d + 1])) {
                out.add(st.id() + ": " + row[d + 1] + " follows " + row[d] + " on day " + (d + 1));
            }
        }
        perType.forEach((type, n) -> {
            if (n > st.maxShifts().getOrDefault(type, Integer.MAX_VALUE)) {
                out.add(st.id() + ": " + n + " shifts of " + type + " above " + st.maxShifts().get(type));
            }
        });
        if (minutes > st.maxTotalMinutes() || minutes < st.minTotalMinutes()) {
            out.add(st.id() + ": " + minutes + " minutes outside [" + st.minTotalMinutes() + ", "
                    + st.maxTotalMinutes() + "]");
        }
        checkRuns(st, row, out);
    }

    private static void checkRuns(CurtoisInstance.Staff st, String[] row, List<String> out) {
        int h = row.length;
        int weekends = 0;
        for (int w = 0; w * 7 + 6 < h; w++) {
            if (row[w * 7 + 5] != null || row[w * 7 + 6] != null) {
                weekends++;
            }
        }
        if (weekends > st.maxWeekends()) {
            out.add(st.id() + ": " + weekends + " weekends above " + st.maxWeekends());
        }
        int d = 0;
        while (d < h) {
            int start = d;
            boolean working = row[d] != null;
            while (d < h && (row[d] != null) == working) {
                d++;
            }
            int length = d - start;
            boolean inside = start > 0 && d < h;
            if (working && length > st.maxConsecutiveShifts()) {
                out.add(st.id() + ": " + length + " consecutive shifts from day " + start);
            }
            if (working && inside && length < st.minConsecutiveShifts()) {
                out.add(st.id() + ": only " + length + " consecutive shifts from day " + start);
            }
            if (!working && inside && length < st.minConsecutiveDaysOff()) {
                out.add(st.id() + ": only " + length + " consecutive days off from day " + start);
            }
        }
    }
}

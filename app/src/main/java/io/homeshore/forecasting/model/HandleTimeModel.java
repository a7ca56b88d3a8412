package io.homeshore.forecasting.model;

/**
 * Average handle time per forecast slot: the contact-weighted mean of the same weekday and slot over the last
 * {@link #WEEKS} weeks, {@code AHT(w, j) = Σ handle seconds / Σ handled contacts}. A cell with fewer than
 * {@link #MINIMUM_CONTACTS} handled contacts falls back to the same slot over all days of the window, then to the
 * window's overall AHT (a simple hierarchical shrinkage, as in Gans, Koole &amp; Mandelbaum 2003, "Telephone call
 * centers: tutorial, review, and research prospects", §4: handle time varies by time of day but is far
 * steadier than volume).
 */
public final class HandleTimeModel {

    static final int WEEKS = 6;
    static final int MINIMUM_CONTACTS = 5;

    private HandleTimeModel() {}

    /** AHT in seconds for each of {@code horizonDays · slotsPerDay} slots after the series; 0 when nothing was ever handled. */
    public static double[] forecast(IntervalSeries series, int horizonDays) {
        int s = series.slotsPerDay(), days = series.days(), from = Math.max(0, days - WEEKS * 7);
        double[][] cellSeconds = new double[7][s], cellCount = new double[7][s];
        double[] slotSeconds = new double[s], slotCount = new double[s];
        double allSeconds = 0, allCount = 0;
        for (int d = from; d < days; d++) {
            for (int j = 0; j < s; j++) {
                double seconds = series.handleSeconds()[d * s + j], count = series.handled()[d * s + j];
                cellSeconds[d % 7][j] += seconds;
                cellCount[d % 7][j] += count;
                slotSeconds[j] += seconds;
                slotCount[j] += count;
                allSeconds += seconds;
                allCount += count;
            }
        }
        double overall = allCount > 0 ? allSeconds / allCount : 0;
        double[] out = new double[horizonDays * s];
        for (int k = 0; k < horizonDays; k++) {
            int w = (days + k) % 7;
            for (int j = 0; j < s; j++) {
                out[k * s + j] = cellCount[w][j] >= MINIMUM_CONTACTS ? cellSeconds[w][j] / cellCount[w][j]
                        : slotCount[j] >= MINIMUM_CONTACTS ? slotSeconds[j] / slotCount[j] : overall;
            }
        }
        return out;
    }
}

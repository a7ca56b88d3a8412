package io.homeshore.forecasting.model;

import org.hipparchus.special.Erf;

/** Standard normal quantile {@code Φ⁻¹(p) = √2 · erf⁻¹(2p - 1)} (Abramowitz &amp; Stegun 26.2.2 with 7.1.1), via Hipparchus. */
final class NormalQuantile {

    private NormalQuantile() {}

    static double of(double p) {
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }
}

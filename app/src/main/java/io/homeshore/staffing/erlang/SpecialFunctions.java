package io.homeshore.staffing.erlang;

/** Asymptotic series for log-gamma and digamma (Abramowitz &amp; Stegun 6.1.41 and 6.3.18). */
final class SpecialFunctions {

    private SpecialFunctions() {}

    /**
     * ln Γ(z) − [(z − ½)ln z − z + ½ln 2π], Stirling's series (A&amp;S 6.1.41), for z ≥ 10 where the truncation
     * error is below 1e-17.
     */
    static double stirlingRemainder(double z) {
        double r = 1 / z, r2 = r * r;
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))));
    }

    /** ψ(z0 + j) − ψ(z0) for j ≥ 1, shifting z0 up to 10 by ψ(z+1) = ψ(z) + 1/z, then A&amp;S 6.3.18 in log1p form. */
    static double digammaDifference(double z0, long j) {
        double head = 0;
        while (z0 < 10 && j > 0) {
            head += 1 / z0;
            z0 += 1;
            j -= 1;
        }
        double z1 = z0 + j;
        return head + Math.log1p(j / z0) + digammaTail(z1) - digammaTail(z0);
    }

    /** ψ(z) − ln z = −1/(2z) − 1/(12z²) + 1/(120z⁴) − 1/(252z⁶) + 1/(240z⁸) − ... */
    private static double digammaTail(double z) {
        double r = 1 / z, r2 = r * r;
        return -0.5 * r - r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))));
    }

    /**
     * ln of {@code Γ(a, z)·e^z·z^{-a}}, the continued fraction of the upper incomplete gamma function
     * {@code 1/(z+1−a− 1(1−a)/(z+3−a− 2(2−a)/(z+5−a− ...)))} (A&amp;S 6.5.31), evaluated by the modified Lentz
     * method (Press et al., <i>Numerical Recipes</i>, 3rd ed., section 6.2); converges for {@code z > a − 1}.
     */
    static double logUpperGammaFraction(double a, double z) {
        double tiny = 1e-300;
        double b = z + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 100_000_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return Math.log(h);
    }
}

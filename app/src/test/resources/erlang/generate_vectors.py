#!/usr/bin/env python3
"""Exact test vectors for io.homeshore.staffing.erlang (Erlang B, C and A).

Run:  apt-get install -y python3-mpmath && python3 generate_vectors.py   (writes the CSVs next to this file)

Every value is computed with mpmath at 50 significant digits straight from the definitions, with none of the
Java code's numerical devices (no peak-centred walks, Stirling or digamma series):
  * Erlang B: B = a_n / sum_{k<=n} a_k with a_k = A^k/k!, summed term by term.
  * Erlang C: C = n B / (n - A(1 - B)); SL = 1 - C exp(-(n-A) t/AHT); ASA = C AHT/(n-A); Lq = C A/(n-A).
  * Erlang A (M/M/n+M): the birth-death stationary distribution, summed state by state until the terms are
    below 1e-60 of the sum; measures as in the Javadoc of ErlangA. The service level integrates the offered-wait
    density (Mandelbaum & Zeltyn) over [0, t] by quadrature; the answered ASA, a state-by-state sum, is
    cross-checked by quadrature of the same density for the small loads.

The loads are written with Python's repr() of the double the Java test parses, and mpmath works on that exact
binary value, so the vectors are exact for the very inputs the tests use.
"""
import csv
import math
import os

import mpmath as mp

mp.mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))
TINY = mp.mpf(10) ** -60


def erlang_b(n, a):
    a = mp.mpf(a)
    if n == 0:
        return mp.mpf(1), mp.mpf(0)
    term, total = mp.mpf(1), mp.mpf(1)
    for k in range(1, n + 1):
        term = term * a / k
        total += term
    return term / total, (total - term) / total


def tail(b, z, weight=None):
    """sum_j t_j, sum_j j t_j, sum_j t_j w(j) with t_0 = 1, t_j = t_{j-1} z/(b+j), to 1e-60 relative."""
    t, s, m, w, j, h = mp.mpf(1), mp.mpf(0), mp.mpf(0), mp.mpf(0), 0, mp.mpf(0)
    while True:
        h += 1 / (b + j + 1)
        s += t
        m += j * t
        w += t * b / (b + j + 1) * h
        if j > z - b and t < TINY * s:
            return s, m, w
        j += 1
        t = t * z / (b + j)


def erlang_c(n, a, aht, target):
    b, one_minus_b = erlang_b(n, a)
    a = mp.mpf(a)
    if n <= a:
        return dict(blocking=b, wait_probability=1, service_level=0, asa_s=mp.inf, occupancy=1,
                    mean_queue_length=mp.inf)
    c = n * b / (n - a * (1 - b))
    sl = 1 - c * mp.exp(-(n - a) * target / aht)
    return dict(blocking=b, wait_probability=c, service_level=sl, asa_s=c * aht / (n - a),
                occupancy=a / n, mean_queue_length=c * a / (n - a))


def erlang_a(n, a, aht, patience, target, quad_check=False):
    a, aht, patience, target = (mp.mpf(v) for v in (a, aht, patience, target))
    b, one_minus_b = erlang_b(n, a)
    y, x, theta, lam = n * patience / aht, a * patience / aht, 1 / patience, a / aht
    s, m, w = tail(y, x)
    p_wait = b * s / (one_minus_b + b * s)
    p_no_wait = one_minus_b / (one_minus_b + b * s)
    s1 = tail(y + 1, x)[0]
    served = p_no_wait + p_wait * y / (y + 1) * s1 / s
    # offered-wait density on (0, inf) is f(u)/norm with norm = S(y, x)/(y theta); the part within the target
    # is integrated directly (tanh-sinh on 20 pieces): a difference of two incomplete gammas would cancel.
    dens = lambda u: mp.exp(x * (1 - mp.exp(-theta * u)) - n / aht * u)
    norm = s / (y * theta)
    within = mp.quad(lambda u: dens(u) * mp.exp(-theta * u), mp.linspace(0, target, 21)) / norm
    sl = p_no_wait + p_wait * within
    served_wait = p_wait * w / s * patience
    if quad_check:
        wait_served = mp.quad(lambda u: u * dens(u) * mp.exp(-theta * u), [0, 10 * aht, mp.inf]) / norm
        assert abs(p_wait * wait_served - served_wait) < mp.mpf(10) ** -15 * served_wait, (n, a, 'ASA')
    queue = p_wait * m / s
    return dict(blocking=b, wait_probability=p_wait, service_level=sl, service_level_answered=sl / served,
                asa_s=queue / lam, asa_answered_s=served_wait / served, abandon_probability=queue / x,
                occupancy=a * served / n, mean_queue_length=queue)


COLUMNS = ['model', 'agents', 'erlangs', 'aht_s', 'patience_s', 'target_s', 'blocking', 'wait_probability',
           'service_level', 'service_level_answered', 'asa_s', 'asa_answered_s', 'abandon_probability',
           'occupancy', 'mean_queue_length']


def fmt(v):
    if v == '' or v is None:
        return ''
    v = mp.mpf(v)
    return 'inf' if mp.isinf(v) else mp.nstr(v, 20, min_fixed=-3, max_fixed=3)


def c_cases():
    for a in [0.001, 0.5, 1.0, 7.25, 10.0, 99.9, 1000.0, 12345.678, 50000.0, 100000.0]:
        root = math.sqrt(a)
        agents = {1, math.floor(a) + 1, math.ceil(a + root), math.ceil(a + 3 * root), math.ceil(2 * a + 10),
                  150000, max(1, math.floor(a / 2))}
        for n in sorted(x for x in agents if 1 <= x <= 150000):
            yield n, a


def a_cases():
    for a in [0.001, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0]:
        root = math.sqrt(a)
        for ratio in [0.1, 300 / 180, 10.0]:
            agents = {1, math.floor(a / 2), math.floor(a), math.ceil(a + root), math.ceil(a + 3 * root)}
            for n in sorted(x for x in agents if 1 <= x <= 150000):
                if (a - n) * ratio > 200000:
                    continue  # pure-Python state sums past this take minutes; Java covers it by properties
                yield n, a, ratio


def main():
    with open(os.path.join(HERE, 'erlang-bc-vectors.csv'), 'w', newline='') as f:
        out = csv.writer(f, lineterminator='\n')
        out.writerow(COLUMNS)
        for n, a in c_cases():
            r = erlang_c(n, a, 180.0, 20.0)
            out.writerow(['C', n, repr(a), '180.0', '', '20.0'] + [fmt(r.get(c, '')) for c in COLUMNS[6:]])
    with open(os.path.join(HERE, 'erlang-a-vectors.csv'), 'w', newline='') as f:
        out = csv.writer(f, lineterminator='\n')
        out.writerow(COLUMNS)
        for n, a, ratio in a_cases():
            patience = 180.0 * ratio
            r = erlang_a(n, a, 180.0, patience, 20.0, quad_check=a <= 10)
            out.writerow(['A', n, repr(a), '180.0', repr(patience), '20.0'] + [fmt(r[c]) for c in COLUMNS[6:]])


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Exact Erlang B / C / A test vectors, computed with arbitrary precision (mpmath, 80 digits).

Run with Debian's python3-mpmath (apt-get install python3-mpmath):
    /usr/bin/python3 generate_vectors.py > erlang-vectors.csv

Independent of the Java code on purpose: Erlang B by its defining sum ratio, Erlang C by its closed form, Erlang A
by summing the stationary distribution of the birth-death chain state by state and, for the service level, by
mpmath's own lower incomplete gamma function. Columns: model,agents,traffic,aht_s,patience_s,target_s,metric,value.
"""
import sys
from mpmath import mp, mpf, exp, log, gammainc, fsum, loggamma

mp.dps = 80


def erlang_b(n, a):
    # B = (a^n/n!) / sum_k a^k/k!, summed in logs around the largest term
    logs = [k * log(a) - loggamma(k + 1) for k in range(n + 1)]
    top = max(logs)
    return exp(logs[n] - top) / fsum(exp(l - top) for l in logs)


def erlang_c(n, a, aht, t):
    b = erlang_b(n, a)
    c = n * b / (n - a * (1 - b))
    return {"p_wait": c, "service_level": 1 - c * exp(-(n - a) * t / aht), "asa": c * aht / (n - a),
            "queue_length": c * a / (n - a)}


def erlang_a(n, a, aht, patience, t):
    mu, theta = 1 / mpf(aht), 1 / mpf(patience)
    lam = a * mu
    # stationary distribution: pi_k for k <= n Poisson-like, then pi_{n+j} = pi_n prod lam/(n mu + i theta)
    weights = [mpf(1)]  # relative to pi_n: pi_{n-k} / pi_n for k = 1..n, built downwards
    below = fsum(exp(loggamma(n + 1) - loggamma(k + 1) + (k - n) * log(a)) for k in range(n))
    queue, j, w = [], 0, mpf(1)
    while True:
        queue.append(w)
        j += 1
        w = w * lam / (n * mu + j * theta)
        if j > (lam - n * mu) / theta and w < mpf(10) ** -45 * fsum(queue):
            break
    total = below + fsum(queue)
    p_n = 1 / total
    p_wait = fsum(queue) * p_n
    lq = fsum(i * q for i, q in enumerate(queue)) * p_n
    p_ab = theta * lq / lam
    served_wait = mpf(0)
    harmonic = mpf(0)
    for i, q in enumerate(queue):
        harmonic += 1 / (n * mu + (i + 1) * theta)
        served_wait += q * p_n * n * mu / (n * mu + (i + 1) * theta) * harmonic
    x, y = n * mu / theta, lam / theta
    # the integral over [y e^-theta t, y] directly: subtracting two incomplete gammas would cancel when overloaded
    r = gammainc(x + 1, y * exp(-theta * t), y) / (y * gammainc(x, 0, y))
    # P(no wait) from the states below n, not 1 - p_wait, which loses it when p_wait is within 1e-80 of 1
    sl = below * p_n + p_wait * r
    return {"p_wait": p_wait, "p_abandon": p_ab, "service_level": sl, "service_level_of_answered": sl / (1 - p_ab),
            "asa": lq / lam, "asa_of_answered": served_wait / (1 - p_ab), "occupancy": lam * (1 - p_ab) * aht / n}


def row(model, n, a, aht, patience, t, metric, value):
    print(f"{model},{n},{a},{aht},{patience},{t},{metric},{mp.nstr(value, 25, strip_zeros=False)}")


def main():
    print("model,agents,traffic,aht_s,patience_s,target_s,metric,value")
    for n, a in [(1, "0.001"), (2, "1"), (12, "10"), (30, "29.5"), (150, "120.25"), (1000, "1000"), (1200, "1000"),
                 (5000, "4900"), (20000, "19800"), (150000, "100000"), (150000, "149000")]:
        row("B", n, a, "", "", "", "blocking", erlang_b(n, mpf(a)))
    for n, a, aht, t in [(1, "0.001", 180, 20), (2, "1", 60, 10), (14, "10", 180, 20), (11, "10", 180, 20),
                         (105, "100", 300, 20), (1010, "1000", 240, 30), (51000, "50000", 300, 20),
                         (100600, "100000", 300, 20)]:
        for metric, value in erlang_c(n, mpf(a), aht, t).items():
            row("C", n, a, aht, "", t, metric, value)
    for n, a, aht, patience, t in [(14, "10", 180, 300, 20), (13, "10", 180, 300, 20), (1, "0.001", 180, 60, 20),
                                   (5, "8", 300, 120, 30), (40, "35.5", 240, 600, 20), (100, "100", 300, 180, 20),
                                   (300, "320", 200, 90, 15), (1000, "990", 300, 300, 20),
                                   # heavily overloaded (20x): the service-level series would cancel here
                                   (15, "300", 300, 600, 20), (15, "300", 300, 600, 300), (8, "40", 240, 900, 60)]:
        for metric, value in erlang_a(n, mpf(a), aht, patience, t).items():
            row("A", n, a, aht, patience, t, metric, value)


if __name__ == "__main__":
    sys.exit(main())

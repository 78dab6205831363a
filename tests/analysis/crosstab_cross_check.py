#!/usr/bin/python3
"""Independent cross-check of Hilo's contingency-table tests (run by test_independence_tests.cpp).

Reads tables from standard input, one a line: rows separated by ";", counts by ",".
Prints one line a table: "<X2> <df> <p>" from scipy.stats.chi2_contingency (no continuity
correction) and, for a 2x2 table, the two-sided p of scipy.stats.fisher_exact as a fourth value.
"""
import sys

from scipy.stats import chi2_contingency, fisher_exact

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    table = [[int(v) for v in row.split(",")] for row in line.split(";")]
    statistic, p, df, _ = chi2_contingency(table, correction=False)
    out = [repr(float(statistic)), str(int(df)), repr(float(p))]
    if len(table) == 2 and len(table[0]) == 2:
        out.append(repr(float(fisher_exact(table)[1])))
    print(" ".join(out))

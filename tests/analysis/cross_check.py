#!/usr/bin/python3
"""Independent cross-check of Hilo's agreement statistics (run by test_cross_check.cpp).

Usage: cross_check.py FILE.csv...   Each CSV has one row per unit, one column per coder,
integer labels, empty cell = missing. Prints one line per value: "<file index> <name> <value>".

  cohen            sklearn.metrics.cohen_kappa_score, coders 0 and 1, units both coded
  cohen_linear     the same with weights="linear"
  alpha_nominal    nltk AnnotationTask.alpha() (binary distance), units with >= 2 values
  alpha_interval   nltk AnnotationTask.alpha() with interval_distance
  fleiss           statsmodels fleiss_kappa on the complete units (every coder gave a value);
                   printed only when statsmodels is importable ("fleiss_unavailable" otherwise)
"""
import csv
import sys

from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import interval_distance
from sklearn.metrics import cohen_kappa_score

try:
    import numpy as np
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
except ImportError:
    fleiss_kappa = None


def main(paths):
    for index, path in enumerate(paths):
        with open(path, newline="") as f:
            rows = list(csv.reader(f))[1:]
        pairs = [(int(r[0]), int(r[1])) for r in rows if r[0] and r[1]]
        a = [p[0] for p in pairs]
        b = [p[1] for p in pairs]
        print(index, "cohen", repr(float(cohen_kappa_score(a, b))))
        print(index, "cohen_linear", repr(float(cohen_kappa_score(a, b, weights="linear"))))
        triples = [(str(c), str(u), int(v)) for u, r in enumerate(rows)
                   for c, v in enumerate(r) if v]
        print(index, "alpha_nominal", repr(float(AnnotationTask(data=triples).alpha())))
        interval = AnnotationTask(data=triples, distance=interval_distance)
        print(index, "alpha_interval", repr(float(interval.alpha())))
        if fleiss_kappa is None:
            print(index, "fleiss_unavailable", 0)
        else:
            complete = [[int(v) for v in r] for r in rows if all(r)]
            table, _ = aggregate_raters(np.array(complete))
            print(index, "fleiss", repr(float(fleiss_kappa(table))))


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Generate a large, valid answers file for benchmarks.

gen-answers.py N EXPERTS OUT INDICATORS.csv...: N assessments (countries
XAA, XAB, ...; round 2026), EXPERTS experts each, every indicator answered
with a random answer its type accepts (seeded: the same arguments give the
same file), with a short evidence text.
"""
import csv
import random
import sys


def answer_for(rng, answer_type):
    kind, _, spec = answer_type.partition(":")
    if kind == "yesno":
        return rng.choice(["yes", "no", "yes", "n/a", ""])
    if kind == "yesnopartial":
        return rng.choice(["yes", "partial", "no", "unknown"])
    if kind == "scale":
        lo, hi = (float(x) for x in spec.split("-", 1))
        return "%g" % rng.uniform(lo, hi)
    if kind == "percent":
        return str(rng.randint(0, 100))
    if kind == "number":
        return str(rng.randint(0, 40))
    if kind == "choice":
        return rng.choice(spec.split("|"))
    return "Act %d of %d, s. %d" % (rng.randint(1, 99), rng.randint(1990, 2026), rng.randint(1, 50))


def main():
    n, experts, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    indicators = []
    for path in sys.argv[4:]:
        with open(path, newline="", encoding="utf-8") as f:
            indicators += [(r["id"], r["answer_type"]) for r in csv.DictReader(f)]
    rng = random.Random(42)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "round", "expert", "indicator", "answer", "evidence"])
        for a in range(n):
            country = "X%c%c" % (65 + (a // 26) % 26, 65 + a % 26)
            for e in range(experts):
                for ind, atype in indicators:
                    w.writerow([country, "2026", "expert%02d" % e, ind,
                                answer_for(rng, atype), "Report %d, p. %d" % (a, e)])


if __name__ == "__main__":
    main()

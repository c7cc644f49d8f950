#!/usr/bin/env python3
"""py-csv-score.py - the plain-Python baseline of bench/run: the csv module
reads the answers and plain Python does SPEC scoring rules 1-3 (with
depends_on, n/a reasons and rule 6), like duckdb-score.mjs and
pandas-score.py.

    py-csv-score.py OUT.csv ANSWERS.csv INDICATORS.csv...
"""
import csv
import sys
import time

from scorelib import WS, load_sets, score_answer, value_scores, write_dims


def median(v):
    v = sorted(v)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def main():
    out, answers, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
    t0 = time.perf_counter()
    inds = load_sets(sets)
    by_id = {i.id: i for i in inds}
    deps = value_scores(inds)
    scores = {}   # (country, round, indicator) -> [scores]
    nna = {}      # (country, round, indicator) -> count of justified n/a
    answered_instruments = {}  # (country, round) -> set of instruments
    with open(answers, newline="", encoding="utf-8-sig") as f:
        rd = csv.reader(f, strict=True)
        head = next(rd)
        col = {c: k for k, c in enumerate(head)}
        ci, ri, ii, ai = col["country"], col["round"], col["indicator"], col["answer"]
        reasons = [col[c] for c in ("comment", "evidence") if c in col]
        for row in rd:
            ind = by_id[row[ii]]
            key = (row[ci], row[ri], ind.id)
            answered_instruments.setdefault(key[:2], set()).add(ind.instrument)
            a = row[ai].strip(WS).lower()
            if a == "" or a == "unknown" or ind.kind == "text":
                continue
            if a == "n/a":
                if any(row[k].strip(WS) for k in reasons):
                    nna[key] = nna.get(key, 0) + 1
                continue
            s = score_answer(ind, a)
            if s is None:
                sys.exit("py-csv-score: answer %r is not valid for %s" % (a, ind.id))
            scores.setdefault(key, []).append(s)
    t1 = time.perf_counter()
    rows = []
    for (country, round_), instruments in answered_instruments.items():
        cons = {}
        for ind in inds:
            v = scores.get((country, round_, ind.id))
            if v:
                cons[ind.id] = median(v)
        dims = {}
        for ind in inds:
            if ind.instrument not in instruments:
                continue
            d = dims.setdefault((ind.instrument, ind.article, ind.dimension), [0.0, 0.0, 0.0])
            if ind.kind == "text":
                continue
            if ind.id in deps:
                parent, vscore = deps[ind.id]
                pc = cons.get(parent)
                if pc is not None and abs(pc - vscore) > 1e-9:
                    continue  # not asked: out of score and coverage
            c = cons.get(ind.id)
            if c is not None:
                d[0] += ind.w * c
                d[1] += ind.w
                d[2] += ind.w
            elif not nna.get((country, round_, ind.id)):
                d[2] += ind.w
        for (ins, art, dim), (sw, aw, appw) in dims.items():
            rows.append((country, round_, ins, art, dim, sw / aw if aw else None, aw / appw if appw else None))
    write_dims(out, rows)
    t2 = time.perf_counter()
    sys.stderr.write("python %s csv module: read+score %.3f s, consensus+dims %.3f s\n"
                     % (sys.version.split()[0], t1 - t0, t2 - t1))


if __name__ == "__main__":
    main()

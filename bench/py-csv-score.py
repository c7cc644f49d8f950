#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""py-csv-score.py - the plain-Python baseline of bench/run: the csv module
reads the answers and plain Python does SPEC scoring rules 1-3 (with
depends_on, n/a reasons, alternatives, screening and rule 6), like duckdb-score.mjs and
pandas-score.py.

    py-csv-score.py OUT.csv ANSWERS.csv INDICATORS.csv...
"""
import csv
import sys
import time

from scorelib import (WS, applies, depths, load_sets, score_answer, unit_key,
                      value_scores, write_dims)


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
    depth = depths(inds)
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
    by_depth = sorted(inds, key=lambda i: depth[i.id])
    for (country, round_), instruments in answered_instruments.items():
        status, eff = {}, {}   # id -> status; id -> score follow-ups see
        for ind in by_depth:
            c = scores.get((country, round_, ind.id))
            c = median(c) if c else None
            if ind.kind == "text":
                st = "text"
            elif ind.parent and not applies(eff.get(ind.parent), *deps[ind.id][1:]):
                st = "not-asked"
            elif ind.screening:
                st = "screening"
            elif c is not None:
                st = "answered"
            elif nna.get((country, round_, ind.id)):
                st = "na"
            else:
                st = "missing"
            status[ind.id] = st
            if st in ("answered", "screening") and c is not None:
                eff[ind.id] = c
        units = {}  # unit key -> [dim key, weight, status, score, mandatory]
        dims = {}
        for ind in inds:
            if ind.instrument not in instruments:
                continue
            dk = (ind.instrument, ind.article, ind.dimension)
            dims.setdefault(dk, [0.0, 0.0, 0.0, 0.0, 0.0])
            uk = unit_key(ind)
            if uk is None:
                continue
            u = units.setdefault(uk, [dk, ind.w, "missing", None, False])
            u[1] = max(u[1], ind.w)
            u[4] = u[4] or ind.mandatory  # the strictest obligation
            st = status[ind.id]
            if st == "answered":
                if u[2] != "answered" or eff[ind.id] > u[3]:
                    u[3] = eff[ind.id]
                u[2] = "answered"
            elif st in ("na", "not-asked") and u[2] == "missing":
                u[2] = "na"
        for dk, w, st, c, mandatory in units.values():
            d = dims[dk]
            if st == "answered":
                d[0] += w * c
                d[1] += w
                d[2] += w
                if mandatory:  # required_score: mandatory units only
                    d[3] += w * c
                    d[4] += w
            elif st == "missing":
                d[2] += w
        for (ins, art, dim), (sw, aw, appw, rsw, rw) in dims.items():
            rows.append((country, round_, ins, art, dim, sw / aw if aw else None,
                         aw / appw if appw else None, rsw / rw if rw else None))
    write_dims(out, rows)
    t2 = time.perf_counter()
    sys.stderr.write("python %s csv module: read+score %.3f s, consensus+dims %.3f s\n"
                     % (sys.version.split()[0], t1 - t0, t2 - t1))


if __name__ == "__main__":
    main()

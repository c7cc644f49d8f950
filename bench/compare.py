#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""compare.py - do gapscore and the baselines give the same scores?

    compare.py REPORTS_DIR NAME=DIMS.csv [NAME=DIMS.csv ...]

Reads every REPORTS_DIR/COUNTRY/ROUND/report.json (gapscore's article
dimension score, coverage and required_score: .instruments[].articles[].
{legislative,implementation,...}) and each baseline's CSV (full precision;
required_score is compared where the CSV has the column), rounds the
baselines to 4 decimals the way gapscore does (printf "%.4f") and compares
every (country, round, instrument, article, dimension) key. Prints one
JSON object: per baseline the keys compared, exact 4-decimal matches,
"ties" (a 1e-4 difference where the baseline's full-precision value lies
within 1e-9 of a rounding half-way point, i.e. summation order decided
the last digit) and real mismatches, with examples.
"""
import csv
import glob
import json
import os
import sys

QUANTITIES = ("score", "coverage", "required_score")


def r4(v):
    return None if v is None else float("%.4f" % v)


def gapscore_dims(top):
    dims = {}
    for path in glob.glob(os.path.join(top, "*", "*", "report.json")):
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        for ins in r["instruments"]:
            for art in ins["articles"]:
                for dim, v in art.items():
                    if dim in ("combined",) or not isinstance(v, dict) or "coverage" not in v:
                        continue
                    dims[(r["country"], r["round"], ins["id"], art["article"], dim)] = tuple(
                        v.get(q) for q in QUANTITIES)
    return dims


def baseline_dims(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["country"], row["round"], row["instrument"], row["article"], row["dimension"])
            out[key] = tuple(float(row[c]) if row[c] not in ("", "NULL") else None
                             for c in QUANTITIES if c in row)
    return out


def near_half(v):
    x = v * 1e4
    return abs(x - int(x) - 0.5) < 1e-5


def main():
    ref = gapscore_dims(sys.argv[1])
    result = {"gapscore_keys": len(ref), "baselines": {}}
    for arg in sys.argv[2:]:
        name, _, path = arg.partition("=")
        got = baseline_dims(path)
        exact = ties = 0
        bad = []
        for key in sorted(set(ref) | set(got)):
            want = ref.get(key)
            have = got.get(key)
            if want is None or have is None:
                bad.append({"key": key, "gapscore": want, name: have})
                continue
            ok = True
            tie = False
            for w, h in zip(want, have):
                if w is None and h is None:
                    continue
                if (w is None) != (h is None):
                    ok = False
                elif r4(h) != w:
                    if abs(r4(h) - w) < 1.5e-4 and near_half(h):
                        tie = True
                    else:
                        ok = False
            if not ok:
                bad.append({"key": key, "gapscore": want, name: have})
            elif tie:
                ties += 1
            else:
                exact += 1
        result["baselines"][name] = {"keys": len(got), "exact": exact, "ties": ties,
                                     "mismatches": len(bad), "examples": bad[:5]}
    json.dump(result, sys.stdout, indent=1, default=list)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""rescore.py GAPSCORE WORKDIR [--random N] -i IND ... -a ANS ...

Merge the panels of the answers, score the merged sheet alone, and check
that every score, required score, gap, coverage, rating and status of
every level (overall, instruments, articles, indicators) is the panel's.
With --random N, also N random panels over the indicator sets (seeded).
Exits 1 and prints the differences when any; standard library only.
"""
import csv
import json
import os
import random
import subprocess
import sys

KEYS = ("score", "required_score", "gap", "coverage", "rating", "status")


def run(args):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(args), p.returncode,
                                         p.stderr))


def levels(report):
    """Every (path, key) -> value the legal model fixes."""
    out = {}

    def take(path, obj):
        if obj is None:
            out[path] = None
            return
        for k in KEYS:
            if k in obj:
                out[path + "." + k] = obj[k]

    for d, v in report["overall"].items():
        take("overall." + d, v)
    for ins in report["instruments"]:
        for d in ins:
            if isinstance(ins[d], dict):
                take(ins["id"] + "." + d, ins[d])
        for art in ins["articles"]:
            for d, v in art.items():
                if d in ("article", "title", "article_weight",
                         "good_practices"):
                    continue
                base = "%s.%s.%s" % (ins["id"], art["article"], d)
                take(base, v)
                for ind in (v or {}).get("indicators", []):
                    out[base + "." + ind["id"] + ".score"] = ind["score"]
                    out[base + "." + ind["id"] + ".status"] = ind["status"]
    out["needs"] = [(n["kind"], n["instrument"], n["article"],
                     n["dimension"], n["priority"])
                    for n in report["ta_needs"]]
    return out


def check(gapscore, work, ind, ans, label):
    """Merge ans, rescore; return the differences."""
    sets = sum((["-i", f] for f in ind), [])
    answers = sum((["-a", f] for f in ans), [])
    panel, merged, sheet = (os.path.join(work, label + x)
                            for x in ("-panel", "-merged", ".csv"))
    run([gapscore, "score", "-q", "--charts", "none", "-o", panel]
        + sets + answers)
    run([gapscore, "merge", "-o", sheet] + sets + answers)
    run([gapscore, "score", "-q", "--charts", "none", "-o", merged, "-a",
         sheet] + sets)
    diffs = []
    for root, _, files in os.walk(panel):
        if "report.json" not in files:
            continue
        rel = os.path.relpath(root, panel)
        a = levels(json.load(open(os.path.join(root, "report.json"))))
        b = levels(json.load(open(os.path.join(merged, rel,
                                               "report.json"))))
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                diffs.append("%s %s %s: panel %r, merged %r"
                             % (label, rel, k, a.get(k), b.get(k)))
    return diffs


def random_answer(rng, atype):
    """A random answer the type accepts, sometimes n/a or empty."""
    kind, _, spec = atype.partition(":")
    r = rng.random()
    if r < 0.08:
        return "n/a"
    if r < 0.14:
        return rng.choice(["", "unknown"])
    if kind == "yesno":
        return rng.choice(["yes", "no"])
    if kind == "yesnopartial":
        return rng.choice(["yes", "partial", "no"])
    if kind == "scale":
        lo, hi = (float(x) for x in spec.split("-", 1))
        return "%g" % round(rng.uniform(lo, hi), 2)
    if kind == "percent":
        return str(rng.randint(0, 100))
    if kind == "number":
        return str(rng.randint(0, 30))
    if kind == "choice":
        return rng.choice(spec.split("|"))
    return "AB-%d" % rng.randint(1, 9)


def random_panel(rng, ind, path):
    """A random panel of 2-7 experts over the indicator sets."""
    rows = []
    for f in ind:
        with open(f, newline="", encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                rows.append((r["id"], r["answer_type"], r.get("na", "")))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["country", "round", "expert", "indicator", "answer",
                    "confidence", "evidence", "comment"])
        for e in range(rng.randint(2, 7)):
            for iid, atype, na in rows:
                if rng.random() < 0.15:
                    continue
                a = random_answer(rng, atype)
                if a == "n/a" and na == "no":
                    a = "unknown"
                why = "no such body" if a == "n/a" and rng.random() < 0.7 \
                    else ""
                w.writerow(["XRA", "1", "e%d" % e, iid, a,
                            rng.choice(["", "1", "2", "3"]), "", why])


def main():
    args = sys.argv[1:]
    gapscore, work = args[0], args[1]
    nrandom = 0
    ind, ans, i = [], [], 2
    while i < len(args):
        if args[i] == "--random":
            nrandom = int(args[i + 1])
        elif args[i] == "-i":
            ind.append(args[i + 1])
        elif args[i] == "-a":
            ans.append(args[i + 1])
        i += 2
    os.makedirs(work, exist_ok=True)
    diffs = check(gapscore, work, ind, ans, "given") if ans else []
    rng = random.Random(20261201)
    for k in range(nrandom):
        path = os.path.join(work, "random%d.csv" % k)
        random_panel(rng, ind, path)
        diffs += check(gapscore, work, ind, [path], "random%d" % k)
    for d in diffs[:40]:
        print(d)
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()

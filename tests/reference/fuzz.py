#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Random differential testing of gapscore against ref.py (SPEC reading).

  python3 fuzz.py --cases N --seed S [--first K] [--bin PATH] [--jobs J]
                  [--workdir DIR] [--schema 1|2] [--set NAME=VALUE] [--keep]
                  [--show K]

Each case writes random but valid indicator and answer CSVs, runs
`gapscore score ... --charts none` once per consensus rule, and compares every
fixed key path of SPEC's "Report JSON" section with ref.py: schema
gapscore/report/2 by default (rules 1-13: alternatives, screening, `na`,
the three `depends_on` forms, reasons for n/a, the answers' `score` column,
required scores, ratings, statuses, .ta_needs[] and .unjustified_na[]);
`--schema 1` generates only report/1 inputs and compares report/1's paths.
Mismatches are grouped by signature (normalised path + kind).  The exit
status is 1 when any run differs beyond a rounding tie at the fourth
decimal (or gapscore rejected a generated input), else 0.  The gapscore
binary defaults to $GAPSCORE.
"""
import argparse
import csv
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ref  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BINS = [os.environ.get("GAPSCORE", ""),
                os.path.join(HERE, "..", "..", "gapscore")]
WORKDIR = None  # set in main(); run_case gets it as an argument
RULES = ["median", "mean", "min", "max"]
DIMS = ["legislative", "implementation"]

# ------------------------------------------------------------------ generator


def fmt_num(x):
    """Format a number the way a person would type it."""
    if x == int(x):
        return str(int(x))
    s = ("%.4f" % x).rstrip("0").rstrip(".")
    return s


def num_variant(rng, s):
    """Other spellings of the same finite number: +5, .5, 5., 5.0, 5e0, 05."""
    try:
        x = float(s)
    except ValueError:
        return s
    r = rng.random()
    if r < 0.8:
        return s
    forms = [s + ".0" if "." not in s and "e" not in s else s,
             ("+" + s) if not s.startswith("-") else s,
             ("%.6f" % x).rstrip("0"),
             "%se0" % s if "e" not in s else s,
             ("0" + s) if s[0].isdigit() else s,
             s[1:] if s.startswith("0.") else s,
             repr(x) if x != int(x) else "%de0" % int(x)]
    return rng.choice(forms)


def vary(rng, s):
    """Case / white space variants of an answer word."""
    r = rng.random()
    if r < 0.6:
        out = s
    elif r < 0.75:
        out = s.upper()
    elif r < 0.9:
        out = s.capitalize()
    else:
        out = "".join(c.upper() if rng.random() < 0.5 else c for c in s)
    r = rng.random()
    if r < 0.15:
        out = " " + out + " "
    elif r < 0.2:
        out = "\t" + out
    elif r < 0.25:
        out = out + "  "
    return out


SCALES = [(0, 4), (1, 5), (0, 10), (-2, 2), (-5, -1), (0.5, 2.5), (-1.5, 3.25),
          (1, 3), (-10, 0)]
CHOICE_POOL = ["none", "some", "most", "full", "draft", "in-force", "basic",
               "advanced", "x1", "low.level"]
SCORE_POOL = [0, 0.25, 0.5, 0.75, 1, 0.3, 0.6, 0.1, 0.9, 0.333]
WEIGHTS = ["", "", "1", "2", "0.5", "1.5", "0.25", "3", "0.75", "1.25",
           "0.1", "0.7", "1000", "0.001", "2e0", "1.0"]
AWEIGHTS = ["", "1", "2", "0.5", "1.5", "3", "0.3", "7", "0.01"]


def gen_type(rng):
    t = rng.choices(["yesno", "yesnopartial", "scale", "percent", "number",
                     "choice", "text"], [3, 3, 3, 2, 2, 2, 1])[0]
    spec = {"kind": t, "scoring": ""}
    if t == "scale":
        lo, hi = rng.choice(SCALES)
        spec["lo"], spec["hi"] = lo, hi
        spec["answer_type"] = "scale:%s-%s" % (fmt_num(lo), fmt_num(hi))
        if rng.random() < 0.3:
            spec["scoring"] = rng.choice(["reverse"] * 4 + ["Reverse", "REVERSE"])
    elif t == "percent":
        spec["answer_type"] = "percent"
        if rng.random() < 0.3:
            spec["scoring"] = rng.choice(["reverse"] * 4 + ["Reverse", " reverse "])
    elif t == "number":
        spec["answer_type"] = "number"
        n = rng.randint(1, 3)
        ts = sorted(rng.sample([1, 2, 3, 5, 10, 20, 50, 100], n),
                    reverse=True)
        op = rng.choice([">=", ">", "<=", "<"])
        if op in ("<=", "<"):
            ts = ts[::-1]
        parts = []
        sp = " " if rng.random() < 0.1 else ""
        if rng.random() < 0.2:  # an exact-match rule first
            parts.append("%s%s:%s" % (rng.choice(["=", "=="]),
                                      rng.choice(["0", "3", "10", "2.5"]),
                                      fmt_num(rng.choice(SCORE_POOL))))
        for t_ in ts:
            parts.append("%s%s%s%s:%s%s" % (op, sp, fmt_num(t_), sp, sp,
                                           fmt_num(rng.choice(SCORE_POOL))))
        parts.append("*:%s" % fmt_num(rng.choice(SCORE_POOL)))
        spec["scoring"] = (";" + sp).join(parts)
    elif t == "choice":
        opts = rng.sample(CHOICE_POOL, rng.randint(2, 4))
        spec["options"] = opts
        shown = [o.capitalize() if rng.random() < 0.15 else o for o in opts]
        spec["answer_type"] = "choice:" + "|".join(shown)
        m = [(o.upper() if rng.random() < 0.1 else o,
              fmt_num(rng.choice(SCORE_POOL))) for o in opts]
        rng.shuffle(m)
        spec["scoring"] = ";".join("%s=%s" % x for x in m)
    else:
        spec["answer_type"] = t
    return spec


def gen_value(rng, spec, pool=None):
    """A valid scored answer (raw, before case/space variation)."""
    k = spec["kind"]
    if pool is not None and rng.random() < 0.5:
        return rng.choice(pool)
    if k == "yesno":
        return rng.choice(["yes", "no"])
    if k == "yesnopartial":
        return rng.choice(["yes", "partial", "no"])
    if k == "scale":
        lo, hi = spec["lo"], spec["hi"]
        step = rng.choice([1, 0.5, 0.25])
        n = int(round((hi - lo) / step))
        x = lo + step * rng.randint(0, n)
        x = min(max(x, lo), hi)
        return fmt_num(x)
    if k == "percent":
        r = rng.random()
        if r < 0.6:
            return str(rng.choice([0, 10, 25, 33, 50, 66, 75, 90, 100]))
        if r < 0.8:
            return fmt_num(rng.randint(0, 400) / 4)
        return str(rng.randint(0, 100))
    if k == "number":
        r = rng.random()
        if r < 0.7:
            return str(rng.choice([0, 1, 2, 3, 5, 9, 10, 11, 20, 50, 100, 101]))
        if r < 0.85:
            return fmt_num(rng.randint(-20, 400) / 4)
        return str(rng.randint(-5, 300))
    if k == "choice":
        return rng.choice(spec["options"])
    if k == "text":
        return rng.choice(["Act 12, s. 3", "see \"Decree 5\"", "n.d.",
                           "Loi n° 2018-17", "evidence; more"])
    raise AssertionError


OBLIGS = ["", "mandatory", "consider", "optional", "", "mandatory"]
REASONS = ["Not in force", "No such body exists", "x", "Art. 3 does not apply"]
RECS = ["", "", "Amend the Penal Code", "Train prosecutors; collect data",
        "Adopt a law, \"soon\""]


def make_row(rng, inst, art, d, iid, spec, aw, title, oblig):
    return {"id": iid, "instrument": inst, "article": art,
            "article_title": title, "obligation": oblig, "notes": "x",
            "dimension": d,
            "question": rng.choice(["Q %s?" % iid, "Q, \"%s\"\nmore?" % iid]),
            "answer_type": spec["answer_type"], "scoring": spec["scoring"],
            "weight": rng.choice(WEIGHTS), "article_weight": aw,
            "depends_on": "", "alternative": "", "role": "", "na": "",
            "recommendation": "", "_spec": spec}


def dep_value(rng, parent, form):
    """A depends_on cell on parent: form '=', '=|' or '!='."""
    spec = parent["_spec"]
    vals = [gen_value(rng, spec)]
    if form == "=|":
        for _ in range(rng.randint(1, 2)):
            v = gen_value(rng, spec)
            if v not in vals:
                vals.append(v)
    out = []
    for v in vals:
        if rng.random() < 0.15:
            v = num_variant(rng, v)
            v = v.capitalize() if rng.random() < 0.5 else v
        out.append(v)
    return "%s%s%s" % (parent["id"], "!=" if form == "!=" else "=",
                       "|".join(out))


def gen_indicators(rng, report1=False):
    instr_names = rng.sample(["UNTOC", "TIP", "SOM", "FP", "ZZ", "X1"],
                             rng.randint(1, 4))
    rows = []
    other_dim = rng.random() < 0.12
    nlabel = [0]
    for inst in instr_names:
        arts = rng.sample(["5", "6", "7", "8", "16", "23", "34", "2bis", "10"],
                          rng.randint(1, 4))
        for art in arts:
            aw = rng.choice(AWEIGHTS)
            title = rng.choice(["Criminalization of X", "Scope, and \"use\"",
                                "Título ñ", "Protection of witnesses"])
            # some articles only ask the State to consider / allow something
            discretionary = not report1 and rng.random() < 0.15
            dims = list(DIMS)
            if other_dim and rng.random() < 0.4:
                dims.append("institutional")
            art_rows = []
            for d in dims:
                r = rng.random()
                n = 0 if r < 0.12 else rng.randint(1, 4)
                drows = []
                if not report1 and rng.random() < 0.2:
                    # a screening question first, its followers after it
                    spec = gen_type(rng)
                    while spec["kind"] == "text":
                        spec = gen_type(rng)
                    iid = "%s.%s.%sS%d" % (inst, art, d[:3].upper(), 1)
                    sr = make_row(rng, inst, art, d, iid, spec, aw, title,
                                  rng.choice(OBLIGS))
                    sr["role"] = "screening"
                    drows.append(sr)
                for k in range(n):
                    spec = gen_type(rng)
                    iid = "%s.%s.%s%02d" % (inst, art, d[:3].upper(), k + 1)
                    ob = rng.choice(OBLIGS[2:4] if discretionary else OBLIGS)
                    row = make_row(rng, inst, art, d, iid, spec, aw,
                                   "" if (k == 0 and rng.random() < 0.1) else title,
                                   ob)
                    if not report1:
                        if spec["kind"] != "text" and rng.random() < 0.12:
                            row["na"] = "no"
                        elif rng.random() < 0.1:
                            row["na"] = "allowed"
                        if rng.random() < 0.05:
                            row["role"] = "scored"
                        row["recommendation"] = rng.choice(RECS)
                    drows.append(row)
                if not report1:
                    members = [x for x in drows
                               if x["_spec"]["kind"] != "text" and x["role"] != "screening"]
                    ngroups = rng.choice([0, 0, 1, 1, 1, 2])
                    for _ in range(ngroups):
                        free = [x for x in members if not x["alternative"]]
                        if len(free) < 2:
                            break
                        g = rng.sample(free, rng.randint(2, min(3, len(free))))
                        nlabel[0] += 1
                        lab = rng.choice(["alt%d", "%d(1)(a)", "either-or %d",
                                          "L%d"]) % nlabel[0]
                        for x in g:
                            x["alternative"] = lab
                        others = [x for x in drows if x not in members]
                        if others and rng.random() < 0.15:
                            rng.choice(others)["alternative"] = lab
                    if members and rng.random() < 0.05:
                        free = [x for x in members if not x["alternative"]]
                        if free:  # a label only one indicator uses
                            nlabel[0] += 1
                            rng.choice(free)["alternative"] = "solo%d" % nlabel[0]
                art_rows += drows
            # followers of the article's screening questions
            for i, sr in enumerate(art_rows):
                if sr["role"] != "screening":
                    continue
                later = [x for x in art_rows[i + 1:] if not x["depends_on"]]
                for x in rng.sample(later, min(len(later), rng.randint(1, 3))):
                    x["depends_on"] = dep_value(
                        rng, sr, rng.choice(["=", "=", "=|", "!="]))
            rows += art_rows
    # depends_on: follow-ups on earlier non-text indicators
    for i, row in enumerate(rows):
        if i == 0 or row["depends_on"] or rng.random() > 0.15:
            continue
        cands = [r for r in rows[:i] if r["_spec"]["kind"] != "text"]
        if not cands:
            continue
        near = [r for r in cands if r["instrument"] == row["instrument"]]
        if near and rng.random() < 0.8:
            cands = near
        parent = rng.choice(cands)
        form = "=" if report1 else rng.choice(["=", "=", "=", "=|", "!="])
        row["depends_on"] = dep_value(rng, parent, form)
    # interleave order sometimes (first-listing order still defines order)
    if rng.random() < 0.2:
        rng.shuffle(rows)
    return rows


IND_COLS = ["id", "instrument", "article", "article_title", "dimension",
            "question", "answer_type", "scoring", "weight", "article_weight",
            "depends_on"]
NEW_IND_COLS = ["alternative", "role", "na", "recommendation"]


def write_csv(path, header, rows, rng, bom=False, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    data = buf.getvalue()
    with open(path, "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(data)


def write_indicators(rng, rows, d, report1=False):
    cols = list(IND_COLS)
    # optional columns may be dropped when unused
    for c in ("scoring", "weight", "article_weight", "depends_on"):
        if all(r[c] == "" for r in rows) and rng.random() < 0.5:
            cols.remove(c)
    if report1:
        if rng.random() < 0.5:
            cols.append("obligation")
    else:
        # obligations matter from report/2 on: mostly written
        if any(r["obligation"] not in ("", "mandatory") for r in rows) \
                or rng.random() < 0.8:
            cols.append("obligation")
        for c in NEW_IND_COLS:
            if any(r[c] for r in rows) or rng.random() < 0.3:
                cols.append(c)
        if "recommendation" in cols and rng.random() < 0.3:
            cols.append("recommendation@fr")
    if rng.random() < 0.1:
        cols.append("notes")  # unknown column: warning only
    if rng.random() < 0.1:
        cols.remove("article_title")
    rng.shuffle(cols)
    nfiles = 1 if len(rows) < 4 or rng.random() < 0.6 else 2
    paths = []
    if nfiles == 1:
        parts = [rows]
    else:
        cut = rng.randint(1, len(rows) - 1)
        parts = [rows[:cut], rows[cut:]]
    for k, part in enumerate(parts):
        p = os.path.join(d, "ind%d.csv" % k)
        write_csv(p, cols, part, rng, bom=rng.random() < 0.1,
                  crlf=rng.random() < 0.1)
        paths.append(p)
    return paths


def gen_score_cell(rng, ind, answer):
    """A `score` cell for a scored answer: empty, the answer's own score,
    or another number in [0, 1]."""
    r = rng.random()
    if r < 0.4:
        kind, s = ref.Indicator(ind).score_value(answer)
        return fmt_num(round(s, 4)) if kind == "scored" and s == round(s, 4) \
            else fmt_num(rng.choice(SCORE_POOL))
    return rng.choice(["0", "1", "0.5", ".25", "0.75", "1.0", "0.3333",
                       "0.1", "0.9", "0.6667", "0.05", "0.00"])


def gen_answers(rng, inds, report1=False):
    by_inst = {}
    for r in inds:
        by_inst.setdefault(r["instrument"], []).append(r)
    inst_names = list(by_inst)
    countries = rng.sample(["XAA", "XEB", "ABC"], rng.randint(1, 2))
    rounds = rng.sample(["2023", "2026-03", "r.1"], rng.randint(1, 2))
    rows = []
    p_score = 0 if report1 else rng.choice([0, 0, 0.1, 0.3])
    p_reason = 1 if report1 else rng.choice([0, 0.3, 0.6, 0.9])
    for c in countries:
        for rd in rounds:
            if rng.random() < 0.2 and rows:
                continue
            nexp = rng.choices([1, 2, 3, 4, 5, 6], [2, 3, 3, 2, 1, 1])[0]
            experts = rng.sample(["e1", "e2", "Exp.3", "x_4", "police",
                                  "justice", "fiu-9"], nexp)
            k = rng.randint(1, len(inst_names))
            answered = rng.sample(inst_names, k)
            # per-indicator "common" value so that experts often agree
            mode = rng.random()
            for inst in answered:
                asked = by_inst[inst]
                screens = [x for x in asked if x["role"] == "screening"]
                if screens and rng.random() < 0.1:
                    asked = screens  # answered only through screening rows
                for ind in asked:
                    spec = ind["_spec"]
                    common = [gen_value(rng, spec)] if spec["kind"] != "text" else None
                    na_ok = ind["na"] != "no"
                    all_na = na_ok and rng.random() < 0.05
                    for e in experts:
                        if rng.random() < (0.25 if mode < 0.5 else 0.5):
                            continue
                        r = rng.random()
                        if all_na:
                            r = 0.75
                        score = ""
                        if spec["kind"] == "text":
                            if r < 0.7 or (not na_ok and r < 0.8):
                                a = gen_value(rng, spec)
                            else:
                                a = rng.choice(["", "n/a", "unknown"] if na_ok
                                               else ["", "unknown"])
                        elif r < 0.7:
                            a = vary(rng, num_variant(rng, gen_value(rng, spec, common)))
                            if rng.random() < p_score:
                                score = gen_score_cell(rng, ind, a)
                        elif r < 0.8 and na_ok:
                            a = vary(rng, "n/a")
                        elif r < 0.9:
                            a = rng.choice(["", " ", ""])
                        else:
                            a = vary(rng, "unknown")
                        ev = rng.choice(["", "Act 1, s. 2", "«x»", "line1\nline2",
                                         'a "quoted" cite'])
                        cm = rng.choice(["", "", "Practice varies."])
                        if a.strip().lower() == "n/a":
                            q = rng.random()
                            if q < p_reason:
                                if rng.random() < 0.5:
                                    ev, cm = rng.choice(REASONS), rng.choice(["", " "])
                                else:
                                    ev, cm = rng.choice(["", "  "]), rng.choice(REASONS)
                            else:  # no reason, or only white space
                                ev, cm = rng.choice(["", " ", "\t"]), rng.choice(["", "  "])
                        rows.append({"country": c, "round": rd, "expert": e,
                                     "indicator": ind["id"], "answer": a,
                                     "confidence": rng.choice(["", "1", "3", "low", "High"]),
                                     "evidence": ev, "comment": cm,
                                     "score": score})
    return rows


def write_answers(rng, rows, d, report1=False):
    cols = ["country", "round", "expert", "indicator", "answer"]
    if report1:
        if rng.random() < 0.5:
            cols += ["confidence", "evidence"]
    else:
        if rng.random() < 0.5:
            cols.append("confidence")
        for c, p in (("evidence", 0.85), ("comment", 0.6)):
            if rng.random() < p:
                cols.append(c)
        if any(r["score"] for r in rows) or rng.random() < 0.2:
            cols.append("score")
    rng.shuffle(cols)
    if rng.random() < 0.5:
        rng.shuffle(rows)
    parts = [rows]
    if len(rows) > 2 and rng.random() < 0.3:
        cut = rng.randint(1, len(rows) - 1)
        parts = [rows[:cut], rows[cut:]]
    paths = []
    for k, part in enumerate(parts):
        p = os.path.join(d, "ans%d.csv" % k)
        write_csv(p, cols, part, rng, bom=rng.random() < 0.1,
                  crlf=rng.random() < 0.1)
        paths.append(p)
    return paths


def gen_case(seed, d, report1=False):
    rng = random.Random(seed)
    inds = gen_indicators(rng, report1)
    while not inds:
        inds = gen_indicators(rng, report1)
    ipaths = write_indicators(rng, inds, d, report1)
    rows = gen_answers(rng, inds, report1)
    if not rows:  # make sure there is at least one row
        ind = inds[0]
        rows = [{"country": "XAA", "round": "2023", "expert": "e1",
                 "indicator": ind["id"], "answer": "unknown"}]
    apaths = write_answers(rng, rows, d, report1)
    return ipaths, apaths


# ------------------------------------------------------------------ compare

def near(a, b):
    return (isinstance(a, (int, float)) and isinstance(b, (int, float))
            and not isinstance(a, bool) and not isinstance(b, bool)
            and abs(a - b) <= 1.0001e-4)


def is_tie(x):
    """x (unrounded) lies on a 4-decimal rounding boundary (5th decimal 5)."""
    if x is None or isinstance(x, str):
        return False
    f = x * 1e4 - math.floor(x * 1e4)
    return abs(f - 0.5) < 1e-6


class Cmp:
    def __init__(self):
        self.diffs = []  # (pattern, kind, path, mine, theirs)

    def add(self, pattern, path, mine, theirs, undefined=False, raw=None,
            score_raw=None, tie=False):
        """tie: a string value (rating, status) that follows from a number
        lying on a rounding tie; a difference there is kind near-tie."""
        if mine == theirs:
            return
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)) \
                and not isinstance(mine, bool) and not isinstance(theirs, bool) \
                and float(mine) == float(theirs):
            return
        if near(mine, theirs):
            kind = "near"
            if raw is not None and is_tie(raw):
                kind = "near-tie"
            if score_raw is not None and isinstance(theirs, (int, float)) \
                    and theirs == round(1 - round(score_raw, 4), 4):
                kind = "near-tie(gap=1-rounded score)" if is_tie(raw) else \
                    "near(gap=1-rounded score)"
        elif tie:
            kind = "near-tie"
        elif mine is None or theirs is None:
            kind = "null:%s" % ("ref" if mine is None else "gapscore")
        else:
            kind = "value"
        if undefined:
            kind = "undef-" + kind
        self.diffs.append((pattern, kind, path, mine, theirs))


def sgc_cmp(cmp, pat, path, mine, theirs, cov_undefined, legal=False):
    """score, gap, coverage (and with legal: required_score, rating,
    status) of one dimension object."""
    if theirs is None or not isinstance(theirs, dict):
        cmp.add(pat, path, "object", theirs)
        return
    raw = mine.get("_raw", {})
    for k in ("score", "gap", "coverage"):
        cmp.add(pat + "." + k, path + "." + k, mine[k], theirs.get(k, "MISSING"),
                undefined=(k == "coverage" and cov_undefined), raw=raw.get(k),
                score_raw=raw.get("score") if k == "gap" else None)
    if not legal:
        return
    cmp.add(pat + ".required_score", path + ".required_score",
            mine["required_score"], theirs.get("required_score", "MISSING"),
            raw=raw.get("required_score"))
    tie = is_tie(raw.get("required_score")) or is_tie(raw.get("coverage"))
    for k in ("rating", "status"):
        cmp.add(pat + "." + k + "[%s]" % mine["status"], path + "." + k,
                mine[k], theirs.get(k, "MISSING"), tie=tie)


def needs_cmp(cmp, mine, theirs, gaps):
    """.ta_needs[]: the same needs, the same rounded priorities, in the same
    order; two needs whose unrounded priorities differ by float noise only
    may come in either order (kind near-tie)."""
    if not isinstance(theirs, list):
        cmp.add(".ta_needs", ".ta_needs", "list", theirs)
        return

    def ident(n):
        return (n.get("kind"), n.get("instrument"), n.get("article"),
                n.get("dimension"))
    mmap = {ident(n): (k, n) for k, n in enumerate(mine)}
    tmap = {}
    for n in theirs:
        if ident(n) in tmap:
            cmp.add(".ta_needs[]", ".ta_needs[%s]" % "/".join(map(str, ident(n))),
                    "once", "twice")
        tmap[ident(n)] = n
    for i, (k, n) in mmap.items():
        p = ".ta_needs[%s]" % "/".join(map(str, i))
        if i not in tmap:
            cmp.add(".ta_needs[].%s" % i[0], p, "present", None,
                    tie=is_tie(n.get("_gap")))
            continue
        cmp.add(".ta_needs[].priority[%s]" % i[0], p + ".priority",
                n["priority"], tmap[i].get("priority", "MISSING"),
                raw=n["_raw"])
    for i in tmap:
        if i not in mmap:
            cmp.add(".ta_needs[].%s" % i[0],
                    ".ta_needs[%s]" % "/".join(map(str, i)), None, "present",
                    tie=i[0] == "gap" and is_tie(gaps.get(i[1:])))
    seq = [mmap[ident(n)] for n in theirs if ident(n) in mmap]
    for (ka, na_), (kb, nb) in zip(seq, seq[1:]):
        if ka < kb:
            continue
        pa, pb = na_["_raw"], nb["_raw"]
        tie = abs(pa - pb) <= 1e-9 * max(1.0, abs(pa))
        cmp.add(".ta_needs[] order", ".ta_needs[%s before %s]" % (
            "/".join(ident(nb)), "/".join(ident(na_))),
            "ref order", "swapped", tie=tie)


def compare(myrep, g, rule, report1=False):
    cmp = Cmp()
    legal = not report1
    cmp.add(".schema", ".schema", myrep["schema"], g.get("schema"))
    cmp.add(".country", ".country", myrep["country"], g.get("country"))
    cmp.add(".round", ".round", myrep["round"], g.get("round"))
    cmp.add(".method.consensus", ".method.consensus", rule,
            (g.get("method") or {}).get("consensus"))
    # rule 13 defines coverage above the article level from report/2 on
    for d in DIMS + ["combined"]:
        sgc_cmp(cmp, ".overall." + d, ".overall." + d, myrep["overall"][d],
                (g.get("overall") or {}).get(d), report1 or d == "combined",
                legal and d != "combined")
    gi = g.get("instruments") or []
    mi = myrep["instruments"]
    cmp.add(".instruments[].id", ".instruments[].id", [x["id"] for x in mi],
            [x.get("id") for x in gi])
    gmap = {x.get("id"): x for x in gi}
    for m in mi:
        x = gmap.get(m["id"])
        if x is None:
            continue
        base = ".instruments[%s]" % m["id"]
        for d in DIMS + ["combined"]:
            sgc_cmp(cmp, ".instruments[]." + d, base + "." + d, m[d], x.get(d),
                    report1 or d == "combined", legal and d != "combined")
        ga = x.get("articles") or []
        cmp.add(".instruments[].articles[].article", base + ".articles[].article",
                [a["article"] for a in m["articles"]],
                [a.get("article") for a in ga])
        amap = {a.get("article"): a for a in ga}
        for a in m["articles"]:
            y = amap.get(a["article"])
            if y is None:
                continue
            ab = base + ".articles[%s]" % a["article"]
            cmp.add(".instruments[].articles[].title", ab + ".title",
                    a["title"], y.get("title"))
            for d in DIMS:
                p = ".instruments[].articles[]." + d
                md, gd = a[d], y.get(d, "MISSING")
                if md is None or gd is None:
                    cmp.add(p, ab + "." + d, md if md is None else "object",
                            gd if gd is None else "object")
                    continue
                sgc_cmp(cmp, p, ab + "." + d, md, gd, False, legal)
                gl = gd.get("indicators") or []
                cmp.add(p + ".indicators[].id", ab + "." + d + ".indicators[].id",
                        [i["id"] for i in md["indicators"]],
                        [i.get("id") for i in gl])
                imap = {i.get("id"): i for i in gl}
                for mi_ in md["indicators"]:
                    z = imap.get(mi_["id"])
                    if z is None:
                        continue
                    ip = ab + "." + d + ".indicators[%s]" % mi_["id"]
                    st = mi_["status"]
                    cmp.add(p + ".indicators[].score[%s]" % st, ip + ".score",
                            mi_["score"], z.get("score", "MISSING"))
                    ge = z.get("experts")
                    if isinstance(ge, list):
                        ge2 = sorted([e.get("expert"), e.get("score")] for e in ge)
                    else:
                        ge2 = ge
                    cmp.add(p + ".indicators[].experts", ip + ".experts",
                            mi_["experts"], ge2)
    if legal:
        needs_cmp(cmp, myrep["ta_needs"], g.get("ta_needs"),
                  myrep["_raw"]["gaps"])
        gu = g.get("unjustified_na")
        if isinstance(gu, list):
            gu = sorted(set((u.get("indicator"), u.get("expert")) for u in gu))
        cmp.add(".unjustified_na[]", ".unjustified_na[]",
                sorted(set((u["indicator"], u["expert"])
                           for u in myrep["unjustified_na"])), gu)
    cmp.add(".agreement.krippendorff_alpha", ".agreement.krippendorff_alpha",
            myrep["agreement"]["krippendorff_alpha"],
            (g.get("agreement") or {}).get("krippendorff_alpha", "MISSING"),
            raw=myrep.get("_raw", {}).get("alpha"))
    cmp.add(".charts", ".charts", [], g.get("charts"))
    return cmp.diffs


# ------------------------------------------------------------------ driver

def apply_opts(sets):
    for kv in sets or []:
        ref.set_option(kv)


def run_case(args):
    seed, binpath, keep_dir, sets, workdir, report1 = args
    apply_opts(sets)
    ref.Options.report1 = report1
    d = tempfile.mkdtemp(prefix="gf%d_" % seed, dir=workdir)
    result = {"seed": seed, "runs": 0, "ok_runs": 0, "diffs": [], "errors": [],
              "features": {}}
    try:
        ipaths, apaths = gen_case(seed, d, report1)
        frng = random.Random(seed ^ 0x5eed)
        for rule in RULES:
            filt = []
            try:
                keys = sorted(ref.score_all(ipaths, apaths, rule))
            except Exception:
                keys = []
            if keys and frng.random() < 0.1:
                filt = ["--country", frng.choice(keys).split("/")[0]]
            elif keys and frng.random() < 0.1:
                filt = ["--round", frng.choice(keys).split("/")[1]]
            out = os.path.join(d, "out-" + rule)
            cmd = [binpath, "score", "-q"]
            for p in ipaths:
                cmd += ["-i", p]
            for p in apaths:
                cmd += ["-a", p]
            cmd += ["-o", out, "--charts", "none", "--consensus", rule] + filt
            result["runs"] += 1
            pr = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            try:
                mine = ref.score_all(ipaths, apaths, rule)
                if filt:
                    idx = 0 if filt[0] == "--country" else 1
                    mine = {k: v for k, v in mine.items()
                            if k.split("/")[idx] == filt[1]}
            except Exception as ex:  # generator produced something ref rejects
                result["errors"].append(("ref-error", rule, repr(ex)))
                continue
            if pr.returncode != 0:
                errl = [x for x in pr.stderr.splitlines() if " error: " in x]
                result["errors"].append(("exit%d" % pr.returncode, rule,
                                         "\n".join(errl)[:500] or
                                         pr.stderr.strip()[-500:]))
                continue
            for rep in mine.values():
                for k, v in rep["_raw"]["features"].items():
                    result["features"][k] = result["features"].get(k, 0) + v
            run_diffs = []
            for key, rep in mine.items():
                f = os.path.join(out, key, "report.json")
                if not os.path.exists(f):
                    run_diffs.append(("report-missing", "missing", key, None, None))
                    continue
                with open(f) as fh:
                    g = json.load(fh)
                for df in compare(rep, g, rule, report1):
                    run_diffs.append(df + (key,))
            # extra reports written by gapscore
            for root, _, files in os.walk(out):
                if "report.json" in files:
                    key = os.path.relpath(root, out)
                    if key not in mine:
                        run_diffs.append(("report-extra", "extra", key, None, None))
            strict = [x for x in run_diffs if not x[1].startswith(("near", "undef-near"))
                      and not x[1].startswith("undef")]
            if not strict:
                result["ok_runs"] += 1
            for x in run_diffs:
                result["diffs"].append((rule,) + tuple(x))
        return result
    finally:
        if not keep_dir:
            shutil.rmtree(d, ignore_errors=True)


def error_key(stderr):
    """The message of gapscore's first error line (warnings left out), to
    group rejected inputs."""
    for line in stderr.splitlines():
        if " error: " in line:
            msg = line.split(" error: ", 1)[1]
            return re.sub(r"'[^']*'", "'*'", msg)[:80]
    return stderr.split(":")[-1][:80]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=0,
                    help="number of the first case, so that shards of one "
                         "run (--first 0, 75, 150, ...) try its cases apart")
    ap.add_argument("--bin", default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--show", type=int, default=3, help="examples per signature")
    ap.add_argument("--json", default=None, help="write full results here")
    ap.add_argument("--workdir", default=None,
                    help="scratch directory (default: a new temporary one)")
    ap.add_argument("--keep", action="store_true",
                    help="keep every case's files under the workdir")
    ap.add_argument("--schema", type=int, default=2, choices=(1, 2),
                    help="1: test a gapscore/report/1 binary (rules 1-7 only)")
    ap.add_argument("--set", action="append", default=[],
                    help="override a ref.Options reading, e.g. answered_rule=nonempty")
    args = ap.parse_args()
    report1 = args.schema == 1
    binpath = args.bin
    if binpath is None:
        for b in DEFAULT_BINS:
            if b and os.access(b, os.X_OK):
                binpath = b
                break
    if binpath is None:
        sys.exit("no gapscore binary found (use --bin)")
    own_workdir = args.workdir is None
    workdir = args.workdir or tempfile.mkdtemp(prefix="gapscore-ref-")
    os.makedirs(workdir, exist_ok=True)
    # snapshot the binary: the tree may be rebuilt while we run
    import hashlib
    snap = os.path.join(workdir, "gapscore.snapshot.%d" % os.getpid())
    shutil.copy2(binpath, snap)
    with open(snap, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()[:16]
    print("binary: %s (sha256 %s, run from snapshot %s), schema report/%d"
          % (binpath, sha, snap, args.schema))
    orig_bin, binpath = binpath, snap
    seeds = [args.seed * 1000003 + k
             for k in range(args.first, args.first + args.cases)]
    sigs = {}
    errs = {}
    runs = ok = 0
    cases_ok = 0
    feats = {}
    with Pool(args.jobs) as pool:
        for res in pool.imap_unordered(
                run_case, [(s, binpath, args.keep, args.set, workdir, report1)
                           for s in seeds]):
            runs += res["runs"]
            ok += res["ok_runs"]
            for k, v in res["features"].items():
                feats[k] = feats.get(k, 0) + v
            if res["ok_runs"] == res["runs"]:
                cases_ok += 1
            for e in res["errors"]:
                k = e[0] if e[0] == "ref-error" else e[0] + " " + error_key(e[2])
                errs.setdefault(k, []).append((res["seed"],) + e)
            for (rule, pat, kind, path, mine, theirs, *key) in res["diffs"]:
                s = (pat, kind)
                sigs.setdefault(s, []).append((res["seed"], rule, key[0] if key else "",
                                               path, mine, theirs))
    print("cases: %d  runs (case x consensus): %d  runs fully matching on "
          "SPEC-defined paths: %d  cases matching in all 4 runs: %d"
          % (args.cases, runs, ok, cases_ok))
    print("\n== exercised features (over all runs) ==")
    for k in sorted(feats):
        print("%8d  %s" % (feats[k], k))
    print("\n== input rejected / errors ==")
    for k, v in sorted(errs.items(), key=lambda kv: -len(kv[1])):
        print("%5d  %s" % (len(v), k))
        for x in v[:args.show]:
            print("        seed=%s %s" % (x[0], x[1:]))
    print("\n== mismatch signatures (path pattern, kind): count ==")
    for s, v in sorted(sigs.items(), key=lambda kv: (kv[0][1].startswith("undef"), -len(kv[1]))):
        seeds_ = sorted(set(x[0] for x in v))
        print("%6d (%d cases)  %s  [%s]" % (len(v), len(seeds_), s[0], s[1]))
        for x in v[:args.show]:
            print("        seed=%s rule=%s %s %s ref=%r gapscore=%r"
                  % (x[0], x[1], x[2], x[3], x[4], x[5]))
    os.unlink(snap)
    if own_workdir and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"sigs": {"%s|%s" % k: v for k, v in sigs.items()},
                       "errors": errs}, f, default=str)
    return 0 if ok == runs and not errs else 1


if __name__ == "__main__":
    sys.exit(main())

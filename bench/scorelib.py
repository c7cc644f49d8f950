# SPDX-License-Identifier: Apache-2.0
"""scorelib.py - what the Python baselines of bench/run share: reading the
indicator sets (tiny) and the score of one answer by its indicator's type
(SPEC scoring rule 1), written from SPEC.md, not from gapscore's source.

The heavy part (reading the answers, consensus, article dimensions) is
each baseline's own: py-csv-score.py (the csv module, plain Python) and
pandas-score.py (vectorised pandas).
"""
import csv
import math
import re

WS = " \t\r\n"
NUM = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")
OPS = (">=", "<=", "==", ">", "<", "=", "*")


def parse_number(s):
    if not NUM.match(s):
        return None
    x = float(s)
    return x if math.isfinite(x) else None


class Indicator:
    __slots__ = ("id", "instrument", "article", "dimension", "kind", "lo", "hi",
                 "rev", "rules", "choices", "w", "parent", "negated", "values", "order",
                 "screening", "alt", "mandatory")


def load_sets(paths):
    """Indicators in set order, each with its parsed answer type."""
    out = []
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for r in csv.DictReader(f, strict=True):
                ind = Indicator()
                ind.order = len(out)
                ind.id = r["id"].strip()
                ind.instrument = r["instrument"].strip()
                ind.article = r["article"].strip()
                ind.dimension = r["dimension"].strip()
                atype = r["answer_type"].strip()
                kind, _, spec = atype.partition(":")
                ind.kind = kind.strip().lower()
                scoring = (r.get("scoring") or "").strip()
                ind.rev = scoring.lower() == "reverse"
                ind.lo = ind.hi = None
                ind.rules = ind.choices = None
                if ind.kind == "scale":
                    m = re.match(r"\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\s*-\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\s*$", spec)
                    ind.lo, ind.hi = float(m.group(1)), float(m.group(2))
                elif ind.kind == "number":
                    ind.rules = []
                    for part in scoring.split(";"):
                        part = part.strip()
                        if not part:
                            continue
                        cond, _, sc = part.rpartition(":")
                        cond = cond.strip()
                        op = next(o for o in OPS if cond.startswith(o))
                        bound = None if op == "*" else float(cond[len(op):].strip())
                        ind.rules.append((op, bound, float(sc)))
                elif ind.kind == "choice":
                    ind.choices = {}
                    for part in scoring.split(";"):
                        if part.strip():
                            k, _, v = part.partition("=")
                            ind.choices[k.strip().lower()] = float(v)
                w = (r.get("weight") or "").strip()
                ind.w = float(w) if w else 1.0
                dep = (r.get("depends_on") or "").strip()
                ind.parent, ind.negated, ind.values = None, False, []
                if dep:  # ID=V1|V2 or ID!=VALUE (SPEC "Indicator set CSV")
                    p, _, v = dep.partition("=")
                    ind.negated = p.endswith("!")
                    ind.parent = p.rstrip("!").strip()
                    ind.values = [x.strip() for x in v.split("|")]
                ind.screening = (r.get("role") or "").strip().lower() == "screening"
                ind.alt = (r.get("alternative") or "").strip() or None
                ind.mandatory = (r.get("obligation") or "").strip().lower() in ("", "mandatory")
                out.append(ind)
    return out


def rule_matches(op, bound, x):
    if op == ">=":
        return x >= bound
    if op == ">":
        return x > bound
    if op == "<=":
        return x <= bound
    if op == "<":
        return x < bound
    if op in ("=", "=="):
        return x == bound
    return True


def score_answer(ind, a):
    """Score of a trimmed, lowered, non-reserved answer; None if invalid."""
    k = ind.kind
    s = None
    if k == "yesno":
        s = {"yes": 1.0, "no": 0.0}.get(a)
    elif k == "yesnopartial":
        s = {"yes": 1.0, "partial": 0.5, "no": 0.0}.get(a)
    elif k == "scale":
        x = parse_number(a)
        if x is not None and ind.lo <= x <= ind.hi:
            s = (x - ind.lo) / (ind.hi - ind.lo)
    elif k == "percent":
        x = parse_number(a)
        if x is not None and 0 <= x <= 100:
            s = x / 100
    elif k == "number":
        x = parse_number(a)
        if x is not None:
            for op, bound, sc in ind.rules:
                if rule_matches(op, bound, x):
                    s = sc
                    break
    elif k == "choice":
        s = ind.choices.get(a)
    if s is not None and ind.rev:
        s = 1 - s
    return s


def value_scores(inds):
    """id -> (parent id, negated, scores of depends_on's VALUEs under the
    parent's type)."""
    by_id = {i.id: i for i in inds}
    return {i.id: (i.parent, i.negated,
                   [score_answer(by_id[i.parent], v.strip(WS).lower()) for v in i.values])
            for i in inds if i.parent}


def applies(parent_score, negated, vscores):
    """Does a follow-up apply, given its parent's score (None: the parent
    has none, so the follow-up counts as asked; SPEC Scoring 13)?"""
    if parent_score is None:
        return True
    listed = any(abs(parent_score - v) <= 1e-9 for v in vscores)
    return listed != negated


def depths(inds):
    """id -> depth in the depends_on chains (0: no parent), so that a
    parent's status is known before its follow-ups'."""
    by_id = {i.id: i for i in inds}
    out = {}

    def depth(i):
        if i.id not in out:
            out[i.id] = 0 if not i.parent else depth(by_id[i.parent]) + 1
        return out[i.id]
    for i in inds:
        depth(i)
    return out


def unit_key(ind):
    """The unit an indicator belongs to (SPEC Scoring 8): its alternative
    label, else itself; None for text and screening (never units)."""
    if ind.kind == "text" or ind.screening:
        return None
    return ("alt", ind.alt) if ind.alt else ("ind", ind.id)


def write_dims(path, rows):
    """rows: (country, round, instrument, article, dimension, score, coverage,
    required_score)."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "round", "instrument", "article", "dimension", "score", "coverage",
                    "required_score"])
        for r in sorted(rows, key=lambda r: r[:5]):
            w.writerow(list(r[:5]) + ["" if v is None else repr(float(v)) for v in r[5:]])

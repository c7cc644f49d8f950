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
                 "rev", "rules", "choices", "w", "parent", "value", "order")


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
                ind.parent = ind.value = None
                if dep:
                    if "!=" in dep or "|" in dep:
                        raise SystemExit("depends_on with != or | is not implemented in the baselines")
                    p, _, v = dep.partition("=")
                    ind.parent, ind.value = p.strip(), v.strip()
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
    """id -> (parent id, score of depends_on's VALUE under the parent's type)."""
    by_id = {i.id: i for i in inds}
    return {i.id: (i.parent, score_answer(by_id[i.parent], i.value.strip(WS).lower()))
            for i in inds if i.parent}


def write_dims(path, rows):
    """rows: (country, round, instrument, article, dimension, score, coverage)."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "round", "instrument", "article", "dimension", "score", "coverage"])
        for r in sorted(rows, key=lambda r: r[:5]):
            w.writerow(list(r[:5]) + ["" if v is None else repr(float(v)) for v in r[5:]])

#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Independent reference implementation of gapscore's scoring (SPEC.md).

Standard library only.  Implements SPEC's "Scoring (normative)" section,
rules 1 to 13, and the fixed key paths of schema gapscore/report/2
literally; where SPEC leaves a point open, the choice is marked with
"AMBIGUITY:" and can be switched with an Options attribute.

Usage:
  python3 ref.py -i IND.csv [-i ...] -a ANS.csv [-a ...] [--consensus RULE]
                 [--set NAME=VALUE] [--raw]
prints {"COUNTRY/ROUND": report, ...} as JSON on stdout.
"""
import argparse
import csv
import io
import json
import math
import re
import sys


class Options:
    consensus = "median"
    # Legacy: score as schema gapscore/report/1 did (rules 1-7 only: an
    # n/a needs no reason).  The generator then uses no report/2 column.
    report1 = False

    # ---- rules 1-7 (readings kept from report/1) ----
    # AMBIGUITY: how "the parent indicator's consensus score differs from the
    # score that VALUE gets" is tested.  eps=0 -> exact float comparison.
    dep_eps = 1e-9
    # AMBIGUITY: a parent that is itself not applicable (justified n/a, or
    # its own depends_on) "has no score" -> the follow-up counts as asked,
    # even where the parent's experts gave scored answers.
    parent_na_has_no_score = True
    # AMBIGUITY: which rows make an instrument "answered" (rule 6):
    #  'any'    any answer row for one of its indicators (incl. empty / n/a /
    #           text / screening rows)
    #  'nonempty' rows whose answer is not empty/unknown
    #  'scored' at least one scored answer (screening answers included)
    answered_rule = "any"
    # AMBIGUITY: combined uses every dimension (incl. other lowercase names)
    combined_all_dims = True
    # AMBIGUITY: Krippendorff alpha when the expected disagreement De is 0
    alpha_de0 = None
    # Rule 13 ("agreement uses every scored answer, applicable or not"):
    # follow-ups made not applicable by depends_on still feed alpha.
    alpha_include_dep_na = True
    # Rule 13: coverage above the article level is the article_weight-
    # weighted mean of the articles' non-null coverage; key of
    # coverage_candidates_instr().
    instr_coverage = "aw_mean_cov"

    # ---- rules 8-13 (report/2) ----
    coverage_threshold = 0.5
    # the C tool's default bands (lower bounds, best first)
    legislative_bands = (("C", 0.85), ("LC", 0.65), ("PC", 0.35), ("NC", None))
    other_bands = (("high", 0.85), ("substantial", 0.65), ("moderate", 0.35),
                   ("low", None))
    # the C tool's obligation factors for gap priorities
    obligation_factor = {"mandatory": 1.0, "consider": 0.5, "optional": 0.25}
    # AMBIGUITY: SPEC names the statuses "discretionary" and
    # "insufficient-data" only; a dimension that gets a rating has the C
    # tool's name "rated".
    rated_status = "rated"
    # AMBIGUITY: a screening parent (rule 11: "neither scored") is compared
    # by its own consensus of its answers' scores (rule 13), like any parent.
    # False: a screening parent "has no score" (follow-ups always asked).
    screening_parent_compared = True
    # AMBIGUITY: .indicators[].score of a screening indicator: None (it is
    # "neither scored", like text) or "consensus" (its answers' consensus).
    screening_indicator_score = None
    # AMBIGUITY: answers to screening indicators get scores by their answer
    # type (rule 1), so they are "scored answers" that feed agreement
    # (rule 13 "every scored answer").
    alpha_include_screening = True
    # AMBIGUITY: which n/a answers without a reason .unjustified_na[] lists:
    #  'all'      every such answer row (text, screening, follow-ups that do
    #             not apply, indicators another expert answered)
    #  'no-text'  all but those to text indicators
    #  'counted'  only those to scored (non-text, non-screening) indicators
    #             that are applicable and have no scored answer, i.e. where
    #             the n/a actually turns the indicator missing
    unjustified_na_scope = "all"
    # AMBIGUITY: an alternative unit's consensus is the highest consensus of
    # its members that are answered (applicable and with a scored answer);
    # True: also members made not applicable by depends_on that carry
    # scored answers.
    unit_consensus_dep_na_members = False
    # AMBIGUITY: a unit's weight/obligation come from all its members
    # (True), or only from its applicable members (False).
    unit_weight_all_members = True
    # AMBIGUITY: a mandatory unit that is not applicable still makes its
    # dimension one "with a mandatory unit" (so an all-n/a mandatory
    # dimension is insufficient-data, coverage null, not discretionary).
    na_unit_is_mandatory_unit = True
    # AMBIGUITY: status of a dimension object with no unit at all (only
    # text / screening indicators): "discretionary" (no mandatory unit).
    no_unit_status = "discretionary"
    # AMBIGUITY: required_score at instrument level: 'aw_mean' (the
    # article_weight-weighted mean of the articles' non-null required
    # scores, as rule 5 does for scores) or 'pooled' (weighted mean over
    # every mandatory unit of the instrument).
    instr_required = "aw_mean"
    # AMBIGUITY: .indicators[].experts[].score shows a given `score` (it is
    # "the answer's score"), not the answer type's score.
    expert_score_override = True
    # AMBIGUITY: order of dimensions other than legislative/implementation
    # among ta_needs ties: first listed in the indicator sets.
    # AMBIGUITY: instruments answered only through screening rows count as
    # answered (answered_rule 'any' covers it).


# ---------------------------------------------------------------- parsing

NUM_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
OBLIGATIONS = ("mandatory", "consider", "optional")  # strictest first


def parse_num(s):
    s = s.strip()
    if not NUM_RE.match(s):
        raise ValueError("not a number: %r" % s)
    v = float(s)
    if not math.isfinite(v):
        raise ValueError("not finite")
    return v


def read_csv(path):
    with open(path, "r", encoding="utf-8-sig", newline="") as f:
        data = f.read()
    rows = list(csv.reader(io.StringIO(data)))
    if not rows:
        return [], []
    header = [h.strip() for h in rows[0]]
    out = []
    for r in rows[1:]:
        if len(r) == 0 or (len(r) == 1 and r[0] == ""):
            continue
        d = {}
        for i, h in enumerate(header):
            d[h] = r[i] if i < len(r) else ""
        out.append(d)
    return header, out


def parse_depends(dep):
    """'ID=V', 'ID=V1|V2', 'ID!=V' -> (id, negate, [values])."""
    k = dep.index("=")
    neg = k > 0 and dep[k - 1] == "!"
    pid = dep[:k - 1] if neg else dep[:k]
    vals = dep[k + 1:].split("|")
    return pid.strip(), neg, vals


class Indicator:
    def __init__(self, row):
        self.id = row["id"].strip()
        self.instrument = row["instrument"].strip()
        self.article = row["article"].strip()
        self.title = row.get("article_title", "").strip()
        self.dimension = row["dimension"].strip()
        self.answer_type = row["answer_type"].strip()
        sc = row.get("scoring", "").strip()
        self.scoring = sc
        w = row.get("weight", "").strip()
        self.weight = parse_num(w) if w else 1.0
        aw = row.get("article_weight", "").strip()
        self.article_weight = parse_num(aw) if aw else 1.0
        ob = row.get("obligation", "").strip().lower()
        self.obligation = ob or "mandatory"
        if self.obligation not in OBLIGATIONS:
            raise ValueError("obligation %r" % ob)
        self.alternative = row.get("alternative", "").strip() or None
        role = row.get("role", "").strip().lower()
        self.role = role or "scored"
        if self.role not in ("scored", "screening"):
            raise ValueError("role %r" % role)
        na = row.get("na", "").strip().lower()
        self.na = na or "allowed"
        if self.na not in ("allowed", "no"):
            raise ValueError("na %r" % na)
        dep = row.get("depends_on", "").strip()
        self.depends_on = parse_depends(dep) if dep else None
        self.reverse = sc.lower() == "reverse"
        at = self.answer_type
        self.kind = None
        if at == "yesno":
            self.kind = "yesno"
        elif at == "yesnopartial":
            self.kind = "yesnopartial"
        elif at.startswith("scale:"):
            self.kind = "scale"
            m = re.match(r"^(-?[0-9.]+)-(-?[0-9.]+)$", at[6:])
            self.lo, self.hi = float(m.group(1)), float(m.group(2))
        elif at == "percent":
            self.kind = "percent"
        elif at == "number":
            self.kind = "number"
            self.thresholds = []
            for part in sc.split(";"):
                part = part.strip()
                if not part:
                    continue
                cond, score = part.rsplit(":", 1)
                cond = cond.strip()
                score = float(score)
                if cond == "*":
                    self.thresholds.append(("*", 0.0, score))
                    continue
                m = re.match(r"^(>=|<=|==|=|>|<)\s*(.+)$", cond)
                self.thresholds.append((m.group(1), float(m.group(2)), score))
        elif at.startswith("choice:"):
            self.kind = "choice"
            self.options = [o.strip().lower() for o in at[7:].split("|")]
            self.cmap = {}
            for part in sc.split(";"):
                part = part.strip()
                if not part:
                    continue
                k, v = part.rsplit("=", 1)
                self.cmap[k.strip().lower()] = float(v)
        elif at == "text":
            self.kind = "text"
        else:
            raise ValueError("unknown answer_type %r" % at)

    @property
    def scored(self):
        """Its answers get scores (rule 1): every type but text."""
        return self.kind != "text"

    @property
    def unit_member(self):
        """Takes part in units (rule 13: text and screening never do)."""
        return self.kind != "text" and self.role != "screening"

    def score_value(self, raw):
        """Return ('scored', s) | ('na', None) | ('missing', None) | ('text', None)."""
        a = raw.strip().lower()
        if a == "n/a":
            return ("na", None)
        if a == "" or a == "unknown":
            return ("missing", None)
        k = self.kind
        if k == "text":
            return ("text", None)
        if k == "yesno":
            return ("scored", {"yes": 1.0, "no": 0.0}[a])
        if k == "yesnopartial":
            return ("scored", {"yes": 1.0, "partial": 0.5, "no": 0.0}[a])
        if k == "scale":
            x = parse_num(a)
            if not (self.lo <= x <= self.hi):
                raise ValueError("out of scale")
            s = (x - self.lo) / (self.hi - self.lo)
            return ("scored", 1.0 - s if self.reverse else s)
        if k == "percent":
            x = parse_num(a)
            if not (0 <= x <= 100):
                raise ValueError("percent out of range")
            s = x / 100.0
            return ("scored", 1.0 - s if self.reverse else s)
        if k == "number":
            x = parse_num(a)
            for op, t, s in self.thresholds:
                if (op == "*" or (op == ">=" and x >= t) or (op == ">" and x > t)
                        or (op == "<=" and x <= t) or (op == "<" and x < t)
                        or (op in ("=", "==") and x == t)):
                    return ("scored", s)
            # AMBIGUITY: no threshold matches -> treated as missing
            return ("missing", None)
        if k == "choice":
            if a not in self.options:
                raise ValueError("not an option")
            return ("scored", self.cmap[a])
        raise AssertionError


def load_indicators(paths):
    inds = []
    for p in paths:
        _, rows = read_csv(p)
        for r in rows:
            inds.append(Indicator(r))
    # rule 8: a label used in two articles or dimensions is an input error
    where = {}
    for ind in inds:
        if ind.alternative is None:
            continue
        key = (ind.instrument, ind.article, ind.dimension)
        if where.setdefault(ind.alternative, key) != key:
            raise ValueError("alternative %r used in two articles or dimensions"
                             % ind.alternative)
    return inds


ANSWER_COLS = ("country", "round", "expert", "indicator", "answer",
               "comment", "evidence", "score")


def load_answers(paths):
    rows = []
    for p in paths:
        _, rs = read_csv(p)
        for r in rs:
            rows.append({k: r.get(k, "") for k in ANSWER_COLS})
    return rows


# ---------------------------------------------------------------- scoring

def consensus(vals, rule):
    if not vals:
        return None
    v = sorted(vals)
    n = len(v)
    if rule == "median":
        if n % 2:
            return v[n // 2]
        return (v[n // 2 - 1] + v[n // 2]) / 2.0
    if rule == "mean":
        return sum(v) / n
    if rule == "min":
        return v[0]
    if rule == "max":
        return v[-1]
    raise ValueError(rule)


def r4(x):
    if x is None:
        return None
    return round(x, 4)


def sgc(score, coverage):
    return {"score": score, "gap": None if score is None else 1.0 - score,
            "coverage": coverage}


def wmean(pairs):
    """Weighted mean of (weight, value) pairs whose value is not None."""
    nn = [(w, v) for w, v in pairs if v is not None]
    sw = sum(w for w, _ in nn)
    return sum(w * v for w, v in nn) / sw if nn and sw > 0 else None


def mean(vals):
    nn = [v for v in vals if v is not None]
    return sum(nn) / len(nn) if nn else None


def rating_of(dim, value, opt):
    """Band of a value (rounded to 4 decimals, rule 13)."""
    bands = opt.legislative_bands if dim == "legislative" else opt.other_bands
    v = r4(value)
    for name, lo in bands:
        if lo is None or v >= lo:
            return name
    raise AssertionError


def rate(dim, has_mandatory, coverage, required, opt):
    """(rating, status) of one dimension at any level (rules 10, 13)."""
    if not has_mandatory:
        return None, "discretionary"
    if coverage is None or r4(coverage) < opt.coverage_threshold or required is None:
        return None, "insufficient-data"
    return rating_of(dim, required, opt), opt.rated_status


def krippendorff_interval(units):
    """units: list of lists of values (one list per indicator)."""
    pair = [u for u in units if len(u) >= 2]
    n = sum(len(u) for u in pair)
    if n < 2:
        return None
    do = 0.0
    for u in pair:
        m = len(u)
        s = 0.0
        for i in range(m):
            for j in range(m):
                if i != j:
                    s += (u[i] - u[j]) ** 2
        do += s / (m - 1)
    do /= n
    allv = [x for u in pair for x in u]
    de = 0.0
    for i in range(n):
        for j in range(n):
            if i != j:
                de += (allv[i] - allv[j]) ** 2
    de /= n * (n - 1)
    if de == 0:
        return Options.alpha_de0
    return 1.0 - do / de


def has_reason(r):
    """Rule 9/13: a non-empty comment or evidence after trimming."""
    return bool(r.get("comment", "").strip() or r.get("evidence", "").strip())


def classify(ind, r, opt):
    """One answer row -> (kind, score, note, type_score).  kind: scored |
    na | na-unjustified | missing | text; score is a given `score` where
    the row has one, else type_score (the answer type's)."""
    kind, s = ind.score_value(r["answer"])
    ts = s
    note = None
    if kind == "na":
        if ind.na == "no":
            raise ValueError("n/a to %s whose na is no" % ind.id)
        if not opt.report1 and not has_reason(r):
            kind = "na-unjustified"
    elif kind == "scored" and not opt.report1:
        given = r.get("score", "").strip()
        if given:
            g = parse_num(given)
            if not 0 <= g <= 1:
                raise ValueError("score out of [0, 1]")
            note = "override" if g != s else "override-same"
            s = g
    return kind, s, note, ts


def score_assessment(inds, rows, opt=Options):
    by_id = {i.id: i for i in inds}
    feats = {}

    def feat(k, n=1):
        feats[k] = feats.get(k, 0) + n

    # answers per indicator: list of (expert, kind, score)
    ans = {}
    shown = {}  # (indicator, expert) -> the score .experts[] shows
    experts = set()
    unjustified = []
    for r in rows:
        ind = by_id[r["indicator"].strip()]
        kind, s, note, ts = classify(ind, r, opt)
        e = r["expert"].strip()
        ans.setdefault(ind.id, []).append((e, kind, s))
        shown[(ind.id, e)] = s if opt.expert_score_override else ts
        experts.add(e)
        if note:
            feat("score-column:" + note)
        if kind == "na-unjustified":
            unjustified.append((ind, e))
        elif kind == "na":
            feat("na:justified")

    # raw status + consensus of every indicator whose answers get scores
    raw_status = {}
    cons = {}
    for ind in inds:
        if not ind.scored:
            continue
        a = ans.get(ind.id, [])
        vals = [s for (_, k, s) in a if k == "scored"]
        if vals:
            raw_status[ind.id] = "answered"
            cons[ind.id] = consensus(vals, opt.consensus)
        elif any(k == "na" for (_, k, _) in a):
            raw_status[ind.id] = "na"
            cons[ind.id] = None
        else:
            raw_status[ind.id] = "missing"
            cons[ind.id] = None
            if any(k == "na-unjustified" for (_, k, _) in a):
                feat("na:unjustified-made-missing")

    # depends_on: resolve in dependency order (parents first)
    status = {}

    def parent_score(pid):
        parent = by_id.get(pid)
        if parent is None or not parent.scored:
            return None
        pst = resolve(pid)
        if pst == "na" and opt.parent_na_has_no_score:
            if cons[pid] is not None:
                feat("dep:parent-is-dependency-na-with-answers")
            return None
        if parent.role == "screening" and not opt.screening_parent_compared:
            return None
        return cons[pid]

    def resolve(iid):
        if iid in status:
            return status[iid]
        ind = by_id[iid]
        st = raw_status[iid]
        if ind.depends_on:
            pid, neg, vals = ind.depends_on
            parent = by_id[pid]
            pscore = parent_score(pid)
            tag = "dep%s%s%s:" % ("!=" if neg else "=",
                                  "|" if len(vals) > 1 else "",
                                  "(screening)" if parent.role == "screening" else "")
            if pscore is not None:
                match = False
                for v in vals:
                    vk, vs = parent.score_value(v)
                    if vk == "scored" and abs(pscore - vs) <= opt.dep_eps:
                        match = True
                        if pscore != vs:
                            feat("dep:equal-within-eps-not-bitwise")
                applies = (not match) if neg else match
                if not applies:
                    st = "na"
                    feat(tag + "follow-up-not-applicable" +
                         ("(had scored answers)" if raw_status[iid] == "answered" else ""))
                else:
                    feat(tag + "follow-up-applies")
            else:
                feat(tag + "parent-has-no-score")
        status[iid] = st
        return st

    for ind in inds:
        if ind.scored:
            resolve(ind.id)

    # structure: instruments -> articles (first-listed order)
    instr_order = []
    arts = {}
    for ind in inds:
        if ind.instrument not in arts:
            instr_order.append(ind.instrument)
            arts[ind.instrument] = []
        alist = arts[ind.instrument]
        for a in alist:
            if a["article"] == ind.article:
                break
        else:
            a = {"article": ind.article, "title": ind.title,
                 "article_weight": ind.article_weight, "inds": []}
            alist.append(a)
        if not a["title"] and ind.title:
            a["title"] = ind.title
        a["inds"].append(ind)

    # which instruments were answered (rule 6)
    answered_instr = set()
    for ind in inds:
        a = ans.get(ind.id, [])
        if not a:
            continue
        if opt.answered_rule == "any":
            ok = True
        elif opt.answered_rule == "nonempty":
            ok = any(k != "missing" for (_, k, _) in a)
        else:
            ok = any(k == "scored" for (_, k, _) in a)
        if ok:
            answered_instr.add(ind.instrument)
    rowed = set(by_id[r["indicator"].strip()].instrument for r in rows)
    for x in rowed - answered_instr:
        feat("instrument-with-only-empty/unknown-rows(excluded)")
    for x in answered_instr:
        ks = [k for ind in inds if ind.instrument == x and ind.unit_member
              for (_, k, _) in ans.get(ind.id, [])]
        if "scored" not in ks:
            feat("instrument-without-scored-unit-answers(included)")
        if all(ind.role == "screening" or ind.kind == "text"
               for ind in inds if ind.instrument == x and ans.get(ind.id)):
            feat("instrument-answered-only-by-text/screening")

    dims_all = []
    for ind in inds:
        if ind.dimension not in dims_all:
            dims_all.append(ind.dimension)
    dim_rank = {d: (0 if d == "legislative" else 1 if d == "implementation"
                    else 2 + dims_all.index(d)) for d in dims_all}

    needs = []
    gaps = {}  # unrounded gap of every article dimension with a score
    report_instr = []
    for ix, iname in enumerate(instr_order):
        if iname not in answered_instr:
            continue
        art_out = []
        inst_acc = {}
        for ax, a in enumerate(arts[iname]):
            aw = a["article_weight"]
            ao = {"article": a["article"], "title": a["title"]}
            for d in dims_all:
                dinds = [i for i in a["inds"] if i.dimension == d]
                if not dinds:
                    ao[d] = None
                    continue
                o = score_dimension(dinds, ans, shown, status, cons, d, aw,
                                    opt, feat)
                ao[d] = o
                inst_acc.setdefault(d, []).append(o)
                key = (ix, ax, dim_rank[d])
                if o["gap"] is not None:
                    gaps[(iname, a["article"], d)] = o["gap"]
                if o["_gap_need"] is not None:
                    needs.append({"kind": "gap", "instrument": iname,
                                  "article": a["article"], "dimension": d,
                                  "priority": o["_gap_need"],
                                  "_gap": o["gap"], "_key": key + (0,)})
                if o["_info_need"] is not None:
                    needs.append({"kind": "information", "instrument": iname,
                                  "article": a["article"], "dimension": d,
                                  "priority": o["_info_need"],
                                  "_key": key + (1,)})
            art_out.append(ao)
        io_ = {"id": iname, "articles": art_out, "_dims": {}}
        for d in dims_all:
            acc = inst_acc.get(d, [])
            score = wmean([(o["_aw"], o["score"]) for o in acc])
            cands = coverage_candidates_instr(
                [(o["_aw"], o["score"], o["coverage"], o["_answered_weight"],
                  o["_applicable_weight"]) for o in acc])
            cov = cands[opt.instr_coverage]
            if opt.instr_required == "aw_mean":
                req = wmean([(o["_aw"], o["required_score"]) for o in acc])
            else:
                req = wmean([(u["weight"], u["consensus"]) for o in acc
                             for u in o["_units"]
                             if u["obligation"] == "mandatory"
                             and u["status"] == "answered"])
            has_m = any(o["_has_mandatory"] for o in acc)
            rating, st = rate(d, has_m, cov, req, opt)
            feat("instrument-status:" + st)
            io_["_dims"][d] = {"score": score, "coverage": cov,
                               "required_score": req, "rating": rating,
                               "status": st, "has_mandatory": has_m,
                               "cov_cands": cands}
        report_instr.append(io_)

    # overall per dimension
    overall = {}
    for d in dims_all:
        dd = [io_["_dims"][d] for io_ in report_instr]
        score = mean(x["score"] for x in dd)
        cov = mean(x["coverage"] for x in dd)
        req = mean(x["required_score"] for x in dd)
        has_m = any(x["has_mandatory"] for x in dd)
        rating, st = rate(d, has_m, cov, req, opt)
        feat("overall-status:" + st)
        overall[d] = {"score": score, "coverage": cov, "required_score": req,
                      "rating": rating, "status": st}

    def combined(dimscores):
        ds = dimscores if opt.combined_all_dims else {
            k: v for k, v in dimscores.items()
            if k in ("legislative", "implementation")}
        return mean(ds.values())

    # Krippendorff: every scored answer, applicable or not (rule 13)
    units = []
    for ind in inds:
        if not ind.scored:
            continue
        if ind.role == "screening" and not opt.alpha_include_screening:
            continue
        if not opt.alpha_include_dep_na and status[ind.id] == "na":
            continue
        vals = [s for (_, k, s) in ans.get(ind.id, []) if k == "scored"]
        if vals:
            units.append(vals)
    alpha = krippendorff_interval(units) if len(experts) >= 2 else None
    if len(experts) < 2:
        feat("alpha:fewer-than-2-experts")
    elif alpha is None:
        feat("alpha:null-with-2+-experts")
    else:
        feat("alpha:value")
    if len(dims_all) > 2:
        feat("other-dimension")
    for ind in inds:
        if ind.scored:
            nv = len([1 for (_, k, _) in ans.get(ind.id, []) if k == "scored"])
            if nv >= 2 and nv % 2 == 0:
                feat("even-count-consensus")

    # rule 12 + the C tool's order of needs
    needs.sort(key=lambda n: (-n["priority"],) + n["_key"])
    for n in needs:
        feat("need:" + n["kind"])

    # .unjustified_na[]
    una = []
    for ind, e in unjustified:
        if opt.unjustified_na_scope == "no-text" and ind.kind == "text":
            continue
        if opt.unjustified_na_scope == "counted" and not (
                ind.unit_member and status[ind.id] == "missing"):
            continue
        una.append({"indicator": ind.id, "expert": e})
        feat("unjustified-na:" + ("text" if ind.kind == "text" else
                                  "screening" if ind.role == "screening" else
                                  "dep-not-applicable" if status[ind.id] == "na" else
                                  "answered-by-other" if status[ind.id] == "answered"
                                  else "made-missing"))

    # assemble rounded report with fixed key paths
    rep = {"schema": "gapscore/report/1" if opt.report1 else "gapscore/report/2",
           "method": {"consensus": opt.consensus}}
    rep["overall"] = {}
    for d in ("legislative", "implementation"):
        rep["overall"][d] = level_out(overall.get(d), d, opt)
    rep["overall"]["combined"] = rounded(
        sgc(combined({d: overall[d]["score"] for d in dims_all}),
            combined({d: overall[d]["coverage"] for d in dims_all})))
    rep["instruments"] = []
    for io_ in report_instr:
        o = {"id": io_["id"]}
        for d in ("legislative", "implementation"):
            o[d] = level_out(io_["_dims"].get(d), d, opt)
        o["combined"] = rounded(sgc(
            combined({d: io_["_dims"][d]["score"] for d in dims_all}),
            combined({d: io_["_dims"][d]["coverage"] for d in dims_all})))
        o["articles"] = []
        for ao in io_["articles"]:
            a2 = {"article": ao["article"], "title": ao["title"]}
            for d in ("legislative", "implementation"):
                x = ao.get(d)
                if x is None:
                    a2[d] = None
                    continue
                y = rounded({"score": x["score"], "gap": x["gap"],
                             "coverage": x["coverage"],
                             "required_score": x["required_score"]})
                y["rating"] = x["rating"]
                y["status"] = x["status"]
                y["indicators"] = [
                    {"id": i["id"], "score": r4(i["score"]),
                     "status": i["status"],
                     "experts": [[e, r4(s)] for e, s in i["experts"]]}
                    for i in x["indicators"]]
                a2[d] = y
            o["articles"].append(a2)
        rep["instruments"].append(o)
    rep["ta_needs"] = [{"kind": n["kind"], "instrument": n["instrument"],
                        "article": n["article"], "dimension": n["dimension"],
                        "priority": r4(n["priority"]),
                        "_raw": n["priority"], "_gap": n.get("_gap")}
                       for n in needs]
    rep["unjustified_na"] = una
    rep["agreement"] = {"krippendorff_alpha": r4(alpha)}
    rep["_raw"] = {"instruments": report_instr, "overall": overall,
                   "dims_all": dims_all, "alpha": alpha, "gaps": gaps,
                   "features": feats}
    return rep


def score_dimension(dinds, ans, shown, status, cons, d, aw, opt, feat):
    """One (article, dimension): units, score, coverage, required score,
    rating, status and the two kinds of needs (rules 3, 8-13)."""
    ilist = []
    for ind in dinds:
        ex = sorted((e, shown[(ind.id, e)] if k == "scored" else None)
                    for (e, k, s) in ans.get(ind.id, []))
        if not ind.scored:
            ilist.append({"id": ind.id, "score": None, "experts": ex,
                          "status": "text"})
            continue
        st = status[ind.id]
        if ind.role == "screening":
            sc = cons[ind.id] if opt.screening_indicator_score == "consensus" else None
            ilist.append({"id": ind.id, "score": sc, "experts": ex,
                          "status": "screening"})
            continue
        c = cons[ind.id] if st == "answered" else None
        ilist.append({"id": ind.id, "score": c, "experts": ex, "status": st})

    # units: singletons, or members sharing an alternative label (rule 8)
    groups = []
    bylabel = {}
    for ind in dinds:
        if not ind.unit_member:
            if ind.alternative is not None:
                feat("alternative-label-on-text/screening(ignored)")
            continue
        if ind.alternative is None:
            groups.append([ind])
        elif ind.alternative in bylabel:
            bylabel[ind.alternative].append(ind)
        else:
            bylabel[ind.alternative] = [ind]
            groups.append(bylabel[ind.alternative])
    units = []
    for g in groups:
        sts = [status[i.id] for i in g]
        if "answered" in sts:
            ust = "answered"
        elif "na" in sts:
            ust = "na"
        else:
            ust = "missing"
        cands = [cons[i.id] for i in g
                 if cons[i.id] is not None and
                 (status[i.id] == "answered" or
                  (opt.unit_consensus_dep_na_members and status[i.id] == "na"))]
        ucons = max(cands) if cands and ust == "answered" else None
        wm = g if opt.unit_weight_all_members else \
            [i for i in g if status[i.id] != "na"] or g
        weight = max(i.weight for i in wm)
        obl = min((i.obligation for i in wm), key=OBLIGATIONS.index)
        if len(g) > 1:
            feat("unit:alternatives-%d" % len(g))
            feat("unit:alternatives-" + ust)
            answered_c = [cons[i.id] for i in g if status[i.id] == "answered"]
            if len(answered_c) > 1 and len(set(answered_c)) > 1:
                feat("unit:alternatives-members-differ")
            if len(set(i.weight for i in g)) > 1:
                feat("unit:alternatives-weights-differ")
            if len(set(i.obligation for i in g)) > 1:
                feat("unit:alternatives-obligations-differ")
        units.append({"members": [i.id for i in g], "status": ust,
                      "consensus": ucons, "weight": weight,
                      "obligation": obl})

    ans_u = [u for u in units if u["status"] == "answered"]
    app_u = [u for u in units if u["status"] != "na"]
    answ = sum(u["weight"] for u in ans_u)
    appw = sum(u["weight"] for u in app_u)
    score = wmean([(u["weight"], u["consensus"]) for u in ans_u])
    cov = answ / appw if appw > 0 else None
    req = wmean([(u["weight"], u["consensus"]) for u in ans_u
                 if u["obligation"] == "mandatory"])
    has_m = any(u["obligation"] == "mandatory" and
                (opt.na_unit_is_mandatory_unit or u["status"] != "na")
                for u in units)
    if not units:
        rating, st = None, opt.no_unit_status
        feat("dimension-without-units")
    else:
        rating, st = rate(d, has_m, cov, req, opt)
    feat("article-status:" + st)
    if st == opt.rated_status:
        feat("article-rating:%s:%s" % ("leg" if d == "legislative" else "oth",
                                      rating))

    gap_need = None
    if score is not None and r4(1.0 - score) > 0:
        f = opt.obligation_factor
        gap_need = aw * sum(u["weight"] * (1.0 - u["consensus"]) *
                            f[u["obligation"]] for u in ans_u) / answ
    info_need = None
    miss_m = [u for u in app_u
              if u["status"] == "missing" and u["obligation"] == "mandatory"]
    if miss_m:
        info_need = aw * sum(u["weight"] for u in miss_m) / appw

    o = sgc(score, cov)
    o.update({"required_score": req, "rating": rating, "status": st,
              "indicators": ilist, "_answered_weight": answ,
              "_applicable_weight": appw, "_units": units, "_aw": aw,
              "_has_mandatory": has_m, "_gap_need": gap_need,
              "_info_need": info_need})
    return o


def level_out(dd, d, opt):
    """An instrument or overall dimension object, rounded."""
    if dd is None:  # no indicator of that dimension anywhere
        rating, st = rate(d, False, None, None, opt)
        dd = {"score": None, "coverage": None, "required_score": None,
              "rating": rating, "status": st}
    y = rounded(dict(sgc(dd["score"], dd["coverage"]),
                     required_score=dd["required_score"]))
    y["rating"] = dd["rating"]
    y["status"] = dd["status"]
    return y


def rounded(d):
    out = {k: r4(v) for k, v in d.items()}
    out["_raw"] = dict(d)
    return out


def coverage_candidates_instr(acc):
    """Candidate readings of coverage at instrument level (rule 13 fixes
    'aw_mean_cov').  acc: list of (article_weight, score, coverage,
    answered_w, applicable_w)."""
    c = {}
    aw = sum(x for (_, _, _, x, _) in acc)
    pw = sum(y for (_, _, _, _, y) in acc)
    c["pooled_weight"] = aw / pw if pw > 0 else None
    nn = [(w, cv) for (w, s, cv, _, _) in acc if cv is not None]
    c["aw_mean_cov"] = (sum(w * cv for w, cv in nn) / sum(w for w, _ in nn)) if nn else None
    c["mean_cov"] = (sum(cv for _, cv in nn) / len(nn)) if nn else None
    nn2 = [(w, cv) for (w, s, cv, _, _) in acc if s is not None and cv is not None]
    c["aw_mean_cov_scored"] = (sum(w * cv for w, cv in nn2) / sum(w for w, _ in nn2)) if nn2 else None
    aw2 = sum(w * x for (w, _, _, x, _) in acc)
    pw2 = sum(w * y for (w, _, _, _, y) in acc)
    c["aw_pooled_weight"] = aw2 / pw2 if pw2 > 0 else None
    return c


def score_all(ind_paths, ans_paths, consensus_rule="median", opt=Options):
    inds = load_indicators(ind_paths)
    rows = load_answers(ans_paths)
    groups = {}
    for r in rows:
        key = (r["country"].strip(), r["round"].strip())
        groups.setdefault(key, []).append(r)
    out = {}
    opt.consensus = consensus_rule
    for key in sorted(groups):
        rep = score_assessment(inds, groups[key], opt)
        rep["country"], rep["round"] = key
        out["%s/%s" % key] = rep
    return out


def set_option(kv, opt=Options):
    """--set NAME=VALUE: another reading of an AMBIGUITY."""
    k, v = kv.split("=", 1)
    cur = getattr(opt, k)
    if v == "None":
        v = None
    elif isinstance(cur, bool):
        v = v.lower() in ("1", "true", "yes")
    elif isinstance(cur, (int, float)):
        v = float(v)
    elif cur is None:
        try:
            v = float(v)
        except ValueError:
            pass
    setattr(opt, k, v)


def strip_raw(x):
    if isinstance(x, dict):
        return {k: strip_raw(v) for k, v in x.items() if k != "_raw"}
    if isinstance(x, list):
        return [strip_raw(v) for v in x]
    return x


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-i", action="append", required=True)
    ap.add_argument("-a", action="append", required=True)
    ap.add_argument("--consensus", default="median")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--raw", action="store_true", help="include _raw internals")
    args = ap.parse_args()
    for kv in args.set:
        set_option(kv)
    out = score_all(args.i, args.a, args.consensus)
    if not args.raw:
        out = strip_raw(out)
    json.dump(out, sys.stdout, indent=1, default=str)
    print()


if __name__ == "__main__":
    main()

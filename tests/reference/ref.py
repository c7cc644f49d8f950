#!/usr/bin/env python3
"""Independent reference implementation of gapscore's scoring (SPEC.md).

Standard library only.  Implements SPEC's "Scoring (normative)" section
literally; where SPEC leaves a point open, the choice is marked with
"AMBIGUITY:" and can be switched with an Options attribute.

Usage:
  python3 ref.py -i IND.csv [-i ...] -a ANS.csv [-a ...] [--consensus RULE]
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
    # AMBIGUITY: how "the parent indicator's consensus score differs from the
    # score that VALUE gets" is tested.  eps=0 -> exact float comparison.
    dep_eps = 1e-9
    # AMBIGUITY: a parent that is itself not applicable (n/a answers or its
    # own depends_on) "has no score" -> follow-up counts as asked.
    parent_na_has_no_score = True
    # AMBIGUITY: which rows make an instrument "answered" (rule 6):
    #  'any'    any answer row for one of its indicators (incl. empty / n/a / text)
    #  'nonempty' rows whose answer is not empty/unknown
    #  'scored' at least one scored answer
    answered_rule = "any"
    # AMBIGUITY: combined uses every dimension (incl. other lowercase names)
    combined_all_dims = True
    # AMBIGUITY: Krippendorff alpha when the expected disagreement De is 0
    alpha_de0 = None
    # AMBIGUITY: Krippendorff alpha includes follow-ups made not applicable by
    # depends_on (they still carry the experts' scored answers)
    alpha_include_dep_na = True
    # AMBIGUITY: coverage above article level (not defined by SPEC); key of
    # coverage_candidates_instr()
    instr_coverage = "aw_mean_cov"


# ---------------------------------------------------------------- parsing

NUM_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


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
        dep = row.get("depends_on", "").strip()
        self.depends_on = None
        if dep:
            pid, val = dep.split("=", 1)
            self.depends_on = (pid.strip(), val)
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
        return self.kind != "text"

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
    return inds


def load_answers(paths):
    rows = []
    for p in paths:
        _, rs = read_csv(p)
        for r in rs:
            rows.append({k: r.get(k, "") for k in
                         ("country", "round", "expert", "indicator", "answer")})
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


def score_assessment(inds, rows, opt=Options):
    by_id = {i.id: i for i in inds}
    # answers per indicator: list of (expert, kind, score)
    ans = {}
    experts = set()
    for r in rows:
        ind = by_id[r["indicator"].strip()]
        kind, s = ind.score_value(r["answer"])
        ans.setdefault(ind.id, []).append((r["expert"].strip(), kind, s))
        experts.add(r["expert"].strip())

    # raw status + consensus
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

    # depends_on: resolve in dependency order (parents first)
    status = {}
    feats = {}

    def feat(k):
        feats[k] = feats.get(k, 0) + 1

    def resolve(iid, stack=()):
        if iid in status:
            return status[iid]
        ind = by_id[iid]
        st = raw_status[iid]
        if ind.depends_on:
            pid, val = ind.depends_on
            parent = by_id[pid]
            pst = resolve(pid, stack + (iid,))
            pscore = cons[pid]
            if pst == "na" and opt.parent_na_has_no_score:
                pscore = None
            if pst == "na" and cons[pid] is not None:
                feat("dep:parent-is-dependency-na-with-answers")
            if pscore is not None:
                vk, vs = parent.score_value(val)
                if vk == "scored" and abs(pscore - vs) > opt.dep_eps:
                    st = "na"
                    feat("dep:follow-up-not-applicable" +
                         ("(had scored answers)" if raw_status[iid] == "answered" else ""))
                elif vk == "scored" and pscore != vs:
                    feat("dep:equal-within-eps-not-bitwise")
                else:
                    feat("dep:parent-matches")
            else:
                feat("dep:parent-has-no-score")
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

    # which instruments were answered
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
        ks = [k for ind in inds if ind.instrument == x
              for (_, k, _) in ans.get(ind.id, [])]
        if "scored" not in ks:
            feat("instrument-without-scored-answers(included)")

    dims_all = []
    for ind in inds:
        if ind.dimension not in dims_all:
            dims_all.append(ind.dimension)

    report_instr = []
    for iname in instr_order:
        if iname not in answered_instr:
            continue
        art_out = []
        # per dimension accumulators for instrument level
        inst_acc = {}
        for a in arts[iname]:
            ao = {"article": a["article"], "title": a["title"]}
            dims_here = []
            for ind in a["inds"]:
                if ind.dimension not in dims_here:
                    dims_here.append(ind.dimension)
            for d in dims_all:
                dinds = [i for i in a["inds"] if i.dimension == d]
                if not dinds:
                    ao[d] = None
                    continue
                sw = swc = 0.0
                answ = appw = 0.0
                ilist = []
                for ind in dinds:
                    ex = sorted((e, s) for (e, k, s) in ans.get(ind.id, []))
                    if not ind.scored:
                        ilist.append({"id": ind.id, "score": None,
                                      "experts": ex, "status": "text"})
                        continue
                    st = status[ind.id]
                    c = cons[ind.id] if st == "answered" else None
                    ilist.append({"id": ind.id, "score": c, "experts": ex,
                                  "status": st, "raw_consensus": cons[ind.id]})
                    if st == "na":
                        continue
                    appw += ind.weight
                    if st == "answered":
                        answ += ind.weight
                        sw += ind.weight * c
                        swc += ind.weight
                score = sw / swc if swc > 0 else None
                cov = answ / appw if appw > 0 else None
                o = sgc(score, cov)
                o["indicators"] = ilist
                o["_answered_weight"] = answ
                o["_applicable_weight"] = appw
                ao[d] = o
                acc = inst_acc.setdefault(d, [])
                acc.append((a["article_weight"], score, cov, answ, appw))
            art_out.append(ao)
        io_ = {"id": iname, "articles": art_out, "_dims": {}}
        for d in dims_all:
            acc = inst_acc.get(d, [])
            nn = [(w, s) for (w, s, c, x, y) in acc if s is not None]
            score = (sum(w * s for w, s in nn) / sum(w for w, _ in nn)) if nn else None
            cands = coverage_candidates_instr(acc)
            # AMBIGUITY: SPEC defines coverage only per article; above that we
            # aggregate coverage the way scores are aggregated
            # (article_weight-weighted mean of the non-null article coverages).
            cov = cands[opt.instr_coverage]
            io_["_dims"][d] = {"score": score, "coverage": cov,
                               "cov_cands": cands, "acc": acc}
        report_instr.append(io_)

    # overall per dimension
    overall = {}
    for d in dims_all:
        vals = [io_["_dims"][d]["score"] for io_ in report_instr
                if io_["_dims"][d]["score"] is not None]
        score = sum(vals) / len(vals) if vals else None
        cv = [io_["_dims"][d]["coverage"] for io_ in report_instr
              if io_["_dims"][d]["coverage"] is not None]
        overall[d] = {"score": score,
                      "coverage": sum(cv) / len(cv) if cv else None}

    def combined(dimscores):
        ds = dimscores if opt.combined_all_dims else {
            k: v for k, v in dimscores.items()
            if k in ("legislative", "implementation")}
        vals = [v for v in ds.values() if v is not None]
        return sum(vals) / len(vals) if vals else None

    # Krippendorff
    units = []
    for ind in inds:
        if not ind.scored:
            continue
        if not opt.alpha_include_dep_na and status[ind.id] == "na":
            continue
        vals = [s for (_, k, s) in ans.get(ind.id, []) if k == "scored"]
        if vals:
            units.append(vals)
    scoring_experts = set(e for iid, a in ans.items() for (e, k, s) in a
                          if k == "scored")
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

    # assemble rounded report with fixed key paths
    rep = {"schema": "gapscore/report/1",
           "method": {"consensus": opt.consensus}}
    rep["overall"] = {}
    for d in ("legislative", "implementation"):
        s = overall.get(d, {"score": None})["score"]
        c = overall.get(d, {"coverage": None})["coverage"]
        rep["overall"][d] = rounded(sgc(s, c))
    rep["overall"]["combined"] = rounded(
        sgc(combined({d: overall[d]["score"] for d in dims_all}),
            combined({d: overall[d]["coverage"] for d in dims_all})))
    rep["instruments"] = []
    for io_ in report_instr:
        o = {"id": io_["id"]}
        for d in ("legislative", "implementation"):
            dd = io_["_dims"].get(d)
            o[d] = rounded(sgc(dd["score"] if dd else None,
                               dd["coverage"] if dd else None))
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
                             "coverage": x["coverage"]})
                y["indicators"] = [
                    {"id": i["id"], "score": r4(i["score"]),
                     "status": i["status"],
                     "experts": [[e, r4(s)] for e, s in i["experts"]]}
                    for i in x["indicators"]]
                a2[d] = y
            o["articles"].append(a2)
        rep["instruments"].append(o)
    rep["agreement"] = {"krippendorff_alpha": r4(alpha)}
    rep["_raw"] = {"instruments": report_instr, "overall": overall,
                   "dims_all": dims_all, "alpha": alpha,
                   "scoring_experts": len(scoring_experts),
                   "features": feats}
    return rep


def rounded(d):
    out = {k: r4(v) for k, v in d.items()}
    out["_raw"] = dict(d)
    return out


def coverage_candidates_instr(acc):
    """Coverage at instrument level is not defined by SPEC; return candidates.
    acc: list of (article_weight, score, coverage, answered_w, applicable_w)."""
    c = {}
    aw = sum(x for (_, _, _, x, _) in acc)
    pw = sum(y for (_, _, _, _, y) in acc)
    c["pooled_weight"] = aw / pw if pw > 0 else None
    nn = [(w, cv) for (w, s, cv, _, _) in acc if cv is not None]
    c["aw_mean_cov"] = (sum(w * cv for w, cv in nn) / sum(w for w, _ in nn)) if nn else None
    c["mean_cov"] = (sum(cv for _, cv in nn) / len(nn)) if nn else None
    nn2 = [(w, cv) for (w, s, cv, _, _) in acc if s is not None and cv is not None]
    c["aw_mean_cov_scored"] = (sum(w * cv for w, cv in nn2) / sum(w for w, _ in nn2)) if nn2 else None
    # article_weight-weighted pooled weights
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-i", action="append", required=True)
    ap.add_argument("-a", action="append", required=True)
    ap.add_argument("--consensus", default="median")
    ap.add_argument("--raw", action="store_true", help="include _raw internals")
    args = ap.parse_args()
    out = score_all(args.i, args.a, args.consensus)
    for rep in out.values():
        if not args.raw:
            rep.pop("_raw", None)
    json.dump(out, sys.stdout, indent=1, default=str)
    print()


if __name__ == "__main__":
    main()

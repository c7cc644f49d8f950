#!/usr/bin/env python3
"""Random differential testing of gapscore against ref.py (SPEC reading).

  python3 fuzz.py --cases N --seed S [--first K] [--bin PATH] [--jobs J]
                  [--workdir DIR]

Each case writes random but valid indicator and answer CSVs, runs
`gapscore score ... --charts none` once per consensus rule, and compares every
fixed key path of SPEC's "Report JSON" section with ref.py.  Mismatches are
grouped by signature (normalised path + kind).  The exit status is 1 when
any run differs beyond a rounding tie at the fourth decimal (or gapscore
rejected a generated input), else 0.  The gapscore binary defaults to
$GAPSCORE.
"""
import argparse
import csv
import io
import json
import math
import os
import random
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


def gen_indicators(rng):
    instr_names = rng.sample(["UNTOC", "TIP", "SOM", "FP", "ZZ", "X1"],
                             rng.randint(1, 4))
    rows = []
    other_dim = rng.random() < 0.12
    for inst in instr_names:
        arts = rng.sample(["5", "6", "7", "8", "16", "23", "34", "2bis", "10"],
                          rng.randint(1, 4))
        for art in arts:
            aw = rng.choice(AWEIGHTS)
            title = rng.choice(["Criminalization of X", "Scope, and \"use\"",
                                "Título ñ", "Protection of witnesses"])
            dims = list(DIMS)
            if other_dim and rng.random() < 0.4:
                dims.append("institutional")
            for d in dims:
                r = rng.random()
                n = 0 if r < 0.12 else rng.randint(1, 4)
                for k in range(n):
                    spec = gen_type(rng)
                    iid = "%s.%s.%s%02d" % (inst, art, d[:3].upper(), k + 1)
                    row = {"id": iid, "instrument": inst, "article": art,
                           "article_title": "" if (k == 0 and rng.random() < 0.1) else title,
                           "obligation": rng.choice(["", "mandatory", "consider", "optional"]),
                           "notes": "x",
                           "dimension": d,
                           "question": rng.choice(["Q %s?" % iid, "Q, \"%s\"\nmore?" % iid]),
                           "answer_type": spec["answer_type"],
                           "scoring": spec["scoring"],
                           "weight": rng.choice(WEIGHTS),
                           "article_weight": aw, "depends_on": "",
                           "_spec": spec}
                    rows.append(row)
    # depends_on: follow-ups on earlier non-text indicators
    for i, row in enumerate(rows):
        if i == 0 or rng.random() > 0.15:
            continue
        cands = [r for r in rows[:i] if r["_spec"]["kind"] != "text"]
        if not cands:
            continue
        near = [r for r in cands if r["instrument"] == row["instrument"]]
        if near and rng.random() < 0.8:
            cands = near
        parent = rng.choice(cands)
        val = gen_value(rng, parent["_spec"])
        if rng.random() < 0.15:
            val = num_variant(rng, val)
            val = val.capitalize() if rng.random() < 0.5 else val
        row["depends_on"] = "%s=%s" % (parent["id"], val)
        row["_parent"] = parent["id"]
        row["_parent_val"] = val
    # interleave order sometimes (first-listing order still defines order)
    if rng.random() < 0.2:
        rng.shuffle(rows)
        # parents must not necessarily come first; ok for SPEC
    return rows


IND_COLS = ["id", "instrument", "article", "article_title", "dimension",
            "question", "answer_type", "scoring", "weight", "article_weight",
            "depends_on"]


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


def write_indicators(rng, rows, d):
    cols = list(IND_COLS)
    # optional columns may be dropped when unused
    for c in ("scoring", "weight", "article_weight", "depends_on"):
        if all(r[c] == "" for r in rows) and rng.random() < 0.5:
            cols.remove(c)
    if rng.random() < 0.5:
        cols.append("obligation")
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


def gen_answers(rng, inds):
    by_inst = {}
    for r in inds:
        by_inst.setdefault(r["instrument"], []).append(r)
    inst_names = list(by_inst)
    countries = rng.sample(["XAA", "XEB", "ABC"], rng.randint(1, 2))
    rounds = rng.sample(["2023", "2026-03", "r.1"], rng.randint(1, 2))
    rows = []
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
                for ind in by_inst[inst]:
                    spec = ind["_spec"]
                    common = [gen_value(rng, spec)] if spec["kind"] != "text" else None
                    if "_parent" in ind:
                        pass
                    for e in experts:
                        if rng.random() < (0.25 if mode < 0.5 else 0.5):
                            continue
                        r = rng.random()
                        if spec["kind"] == "text":
                            a = gen_value(rng, spec) if r < 0.7 else rng.choice(["", "n/a", "unknown"])
                        elif r < 0.7:
                            a = vary(rng, num_variant(rng, gen_value(rng, spec, common)))
                        elif r < 0.8:
                            a = vary(rng, "n/a")
                        elif r < 0.9:
                            a = rng.choice(["", " ", ""])
                        else:
                            a = vary(rng, "unknown")
                        rows.append({"country": c, "round": rd, "expert": e,
                                     "indicator": ind["id"], "answer": a,
                                     "confidence": rng.choice(["", "1", "3", "low", "High"]),
                                     "evidence": rng.choice(["", "Act 1, s. 2", "«x»", "line1\nline2", 'a "quoted" cite'])})
    return rows


def write_answers(rng, rows, d):
    cols = ["country", "round", "expert", "indicator", "answer"]
    if rng.random() < 0.5:
        cols += ["confidence", "evidence"]
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


def gen_case(seed, d):
    rng = random.Random(seed)
    inds = gen_indicators(rng)
    while not inds:
        inds = gen_indicators(rng)
    ipaths = write_indicators(rng, inds, d)
    rows = gen_answers(rng, inds)
    if not rows:  # make sure there is at least one row
        ind = inds[0]
        rows = [{"country": "XAA", "round": "2023", "expert": "e1",
                 "indicator": ind["id"], "answer": "n/a"}]
    apaths = write_answers(rng, rows, d)
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
            score_raw=None):
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
        elif mine is None or theirs is None:
            kind = "null:%s" % ("ref" if mine is None else "gapscore")
        else:
            kind = "value"
        if undefined:
            kind = "undef-" + kind
        self.diffs.append((pattern, kind, path, mine, theirs))


def sgc_cmp(cmp, pat, path, mine, theirs, cov_undefined):
    if theirs is None or not isinstance(theirs, dict):
        cmp.add(pat, path, "object", theirs)
        return
    raw = mine.get("_raw", {})
    for k in ("score", "gap", "coverage"):
        cmp.add(pat + "." + k, path + "." + k, mine[k], theirs.get(k, "MISSING"),
                undefined=(k == "coverage" and cov_undefined), raw=raw.get(k),
                score_raw=raw.get("score") if k == "gap" else None)


def compare(myrep, g, rule):
    cmp = Cmp()
    cmp.add(".schema", ".schema", "gapscore/report/1", g.get("schema"))
    cmp.add(".country", ".country", myrep["country"], g.get("country"))
    cmp.add(".round", ".round", myrep["round"], g.get("round"))
    cmp.add(".method.consensus", ".method.consensus", rule,
            (g.get("method") or {}).get("consensus"))
    for d in DIMS + ["combined"]:
        sgc_cmp(cmp, ".overall." + d, ".overall." + d, myrep["overall"][d],
                (g.get("overall") or {}).get(d), True)
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
            sgc_cmp(cmp, ".instruments[]." + d, base + "." + d, m[d], x.get(d), True)
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
                sgc_cmp(cmp, p, ab + "." + d, md, gd, False)
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
    cmp.add(".agreement.krippendorff_alpha", ".agreement.krippendorff_alpha",
            myrep["agreement"]["krippendorff_alpha"],
            (g.get("agreement") or {}).get("krippendorff_alpha", "MISSING"),
            raw=myrep.get("_raw", {}).get("alpha"))
    cmp.add(".charts", ".charts", [], g.get("charts"))
    return cmp.diffs


# ------------------------------------------------------------------ driver

def apply_opts(sets):
    for kv in sets or []:
        k, v = kv.split("=", 1)
        cur = getattr(ref.Options, k)
        if isinstance(cur, bool):
            v = v.lower() in ("1", "true", "yes")
        elif isinstance(cur, float):
            v = float(v)
        elif cur is None and v != "None":
            v = float(v)
        elif v == "None":
            v = None
        setattr(ref.Options, k, v)


def run_case(args):
    seed, binpath, keep_dir, sets, workdir = args
    apply_opts(sets)
    d = tempfile.mkdtemp(prefix="gf%d_" % seed, dir=workdir)
    result = {"seed": seed, "runs": 0, "ok_runs": 0, "diffs": [], "errors": [],
              "features": {}}
    try:
        ipaths, apaths = gen_case(seed, d)
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
                result["errors"].append(("exit%d" % pr.returncode, rule,
                                         pr.stderr.strip()[:500]))
                continue
            for rep in mine.values():
                for k, v in rep["_raw"]["features"].items():
                    result["features"][k] = result["features"].get(k, 0) + v
            run_diffs = []
            got = set()
            for key, rep in mine.items():
                f = os.path.join(out, key, "report.json")
                if not os.path.exists(f):
                    run_diffs.append(("report-missing", "missing", key, None, None))
                    continue
                got.add(key)
                with open(f) as fh:
                    g = json.load(fh)
                for df in compare(rep, g, rule):
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
    ap.add_argument("--set", action="append", default=[],
                    help="override a ref.Options reading, e.g. answered_rule=nonempty")
    args = ap.parse_args()
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
    print("binary: %s (sha256 %s, run from snapshot %s)" % (binpath, sha, snap))
    orig_bin, binpath = binpath, snap
    seeds = [args.seed * 1000003 + k
             for k in range(args.first, args.first + args.cases)]
    sigs = {}
    errs = {}
    runs = ok = 0
    cases_ok = 0
    feats = {}
    with Pool(args.jobs) as pool:
        for res in pool.imap_unordered(run_case, [(s, binpath, False, args.set, workdir) for s in seeds]):
            runs += res["runs"]
            ok += res["ok_runs"]
            for k, v in res["features"].items():
                feats[k] = feats.get(k, 0) + v
            if res["ok_runs"] == res["runs"]:
                cases_ok += 1
            for e in res["errors"]:
                k = e[0] + " " + e[2].split(":")[-1][:80] if e[0] != "ref-error" else e[0]
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
    if own_workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"sigs": {"%s|%s" % k: v for k, v in sigs.items()},
                       "errors": errs}, f, default=str)
    return 0 if ok == runs and not errs else 1


if __name__ == "__main__":
    sys.exit(main())

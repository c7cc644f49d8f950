#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""pandas-score.py - the pandas baseline of bench/run: pandas reads the
answers (C parser, every column a string, nothing turned into NaN) and
does SPEC scoring rules 1-3 (with depends_on, n/a reasons, alternatives,
screening and rule 6) in
vectorised operations, like duckdb-score.mjs and py-csv-score.py.

    pandas-score.py OUT.csv ANSWERS.csv INDICATORS.csv...
"""
import sys
import time

import numpy as np
import pandas as pd

from scorelib import WS, depths, load_sets, unit_key, value_scores, write_dims


def statuses(grid, inds):
    """Each grid row's status (text, not-asked, screening, answered, na,
    missing): follow-ups in depends_on order, each against its parent's
    score in the same assessment (none where the parent is not asked)."""
    text = grid["kind"] == "text"
    st = np.select([text, grid["screening"], grid["c"].notna(), grid["nna"].notna()],
                   ["text", "screening", "answered", "na"], "missing").astype(object)
    eff = np.where(np.isin(st, ["answered", "screening"]), grid["c"], np.nan)
    pos = pd.Series(np.arange(len(grid)),
                    index=pd.MultiIndex.from_frame(grid[["country", "round", "indicator"]]))
    deps, depth = value_scores(inds), depths(inds)
    for ind in sorted((i for i in inds if i.parent), key=lambda i: depth[i.id]):
        sel = np.flatnonzero((grid["indicator"] == ind.id).to_numpy() & ~text.to_numpy())
        _, negated, vscores = deps[ind.id]
        ppos = pos.reindex(pd.MultiIndex.from_arrays(
            [grid["country"].to_numpy()[sel], grid["round"].to_numpy()[sel], [ind.parent] * len(sel)]))
        pe = np.array([np.nan if np.isnan(k) else eff[int(k)] for k in ppos.to_numpy()], dtype=float)
        listed = np.zeros(len(sel), dtype=bool)
        for v in vscores:
            listed |= np.abs(pe - v) <= 1e-9
        off = sel[~np.isnan(pe) & (listed == negated)]
        st[off] = "not-asked"
        eff[off] = np.nan
    return st


def unit_dims(grid, inds):
    """Score and coverage per article dimension over its units (SPEC
    Scoring 8): a unit's consensus is its best answered member's, its
    weight the largest, mandatory when a member is (for required_score);
    not applicable when a member is n/a or not asked."""
    grid = grid.assign(status=statuses(grid, inds))
    dkeys = ["country", "round", "instrument", "article", "dimension"]
    u = grid[grid["unit"].notna()].copy()
    u["ans"] = u["status"] == "answered"
    u["na"] = u["status"].isin(["na", "not-asked"])
    u["uc"] = u["c"].where(u["ans"])
    units = u.groupby(dkeys + ["unit"], sort=False).agg(
        w=("w", "max"), ans=("ans", "any"), na=("na", "any"), uc=("uc", "max"),
        mandatory=("mandatory", "any"))
    units["wc"] = (units["w"] * units["uc"]).where(units["ans"], 0.0)
    units["aw"] = units["w"].where(units["ans"], 0.0)
    units["pw"] = units["w"].where(units["ans"] | ~units["na"], 0.0)
    units["rwc"] = units["wc"].where(units["mandatory"], 0.0)
    units["raw"] = units["aw"].where(units["mandatory"], 0.0)
    dims = units.groupby(dkeys, sort=False)[["wc", "aw", "pw", "rwc", "raw"]].sum()
    every = pd.MultiIndex.from_frame(grid[dkeys].drop_duplicates())
    dims = dims.reindex(every, fill_value=0.0)
    dims["score"] = (dims["wc"] / dims["aw"]).where(dims["aw"] > 0)
    dims["coverage"] = (dims["aw"] / dims["pw"]).where(dims["pw"] > 0)
    dims["required"] = (dims["rwc"] / dims["raw"]).where(dims["raw"] > 0)
    return dims


def main():
    out, answers, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
    t0 = time.perf_counter()
    inds = load_sets(sets)
    meta = pd.DataFrame({
        "indicator": [i.id for i in inds], "instrument": [i.instrument for i in inds],
        "article": [i.article for i in inds], "dimension": [i.dimension for i in inds],
        "kind": [i.kind for i in inds], "w": [i.w for i in inds],
        "lo": [i.lo if i.lo is not None else np.nan for i in inds],
        "hi": [i.hi if i.hi is not None else np.nan for i in inds],
        "rev": [i.rev for i in inds], "order": [i.order for i in inds],
        "screening": [i.screening for i in inds], "mandatory": [i.mandatory for i in inds],
        "unit": [None if unit_key(i) is None else "%s %s" % unit_key(i) for i in inds]})
    df = pd.read_csv(answers, dtype=str, keep_default_na=False, na_filter=False,
                     engine="c", encoding="utf-8", on_bad_lines="error")
    t1 = time.perf_counter()
    a = df["answer"].str.strip(WS).str.lower()
    reason = pd.Series(False, index=df.index)
    for c in ("comment", "evidence"):
        if c in df:
            reason |= df[c].str.strip(WS) != ""
    m = meta.set_index("indicator")
    kind = df["indicator"].map(m["kind"])
    if kind.isna().any():
        sys.exit("pandas-score: unknown indicator")
    reserved = a.isin(["", "unknown", "n/a"])
    scored = ~reserved & (kind != "text")
    is_na = (a == "n/a") & reason
    x = pd.to_numeric(a.where(kind.isin(["scale", "percent", "number"])), errors="coerce")
    lo, hi = df["indicator"].map(m["lo"]), df["indicator"].map(m["hi"])
    score = pd.Series(np.nan, index=df.index)
    score = score.mask(kind.isin(["yesno", "yesnopartial"]) & (a == "yes"), 1.0)
    score = score.mask(kind.isin(["yesno", "yesnopartial"]) & (a == "no"), 0.0)
    score = score.mask((kind == "yesnopartial") & (a == "partial"), 0.5)
    sc = (kind == "scale") & (x >= lo) & (x <= hi)
    score = score.mask(sc, (x - lo) / (hi - lo))
    pc = (kind == "percent") & (x >= 0) & (x <= 100)
    score = score.mask(pc, x / 100)
    for ind in inds:
        if ind.kind == "number":
            sel = df["indicator"] == ind.id
            xs = x[sel]
            conds, vals = [], []
            for op, bound, s in ind.rules:
                conds.append({">=": xs >= bound, ">": xs > bound, "<=": xs <= bound, "<": xs < bound,
                              "=": xs == bound, "==": xs == bound}.get(op, pd.Series(True, index=xs.index)))
                vals.append(s)
            score[sel] = np.select(conds, vals, default=np.nan)
        elif ind.kind == "choice":
            sel = df["indicator"] == ind.id
            score[sel] = a[sel].map(ind.choices)
    rev = df["indicator"].map(m["rev"]).astype(bool)
    score = score.mask(rev, 1 - score)
    if score[scored].isna().any():
        sys.exit("pandas-score: answers not valid for their type")
    keys = ["country", "round", "indicator"]
    k = df[keys]
    cons = pd.DataFrame({"c": score[scored]}).join(k).groupby(keys)["c"].median()
    nna = k[is_na].groupby(keys).size().rename("nna")
    assess = df[["country", "round"]].assign(instrument=df["indicator"].map(m["instrument"])).drop_duplicates()
    grid = assess.merge(meta, on="instrument")
    grid = grid.join(cons, on=keys).join(nna, on=keys)
    dims = unit_dims(grid, inds)
    t2 = time.perf_counter()
    write_dims(out, [tuple(ix) + tuple(None if pd.isna(v) else v for v in vals)
                     for ix, *vals in zip(dims.index, dims["score"], dims["coverage"], dims["required"])])
    sys.stderr.write("pandas %s numpy %s: read %.3f s, score+consensus+dims %.3f s\n"
                     % (pd.__version__, np.__version__, t1 - t0, t2 - t1))


if __name__ == "__main__":
    main()

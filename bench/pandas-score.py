#!/usr/bin/env python3
"""pandas-score.py - the pandas baseline of bench/run: pandas reads the
answers (C parser, every column a string, nothing turned into NaN) and
does SPEC scoring rules 1-3 (with depends_on, n/a reasons and rule 6) in
vectorised operations, like duckdb-score.mjs and py-csv-score.py.

    pandas-score.py OUT.csv ANSWERS.csv INDICATORS.csv...
"""
import sys
import time

import numpy as np
import pandas as pd

from scorelib import WS, load_sets, value_scores, write_dims


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
        "rev": [i.rev for i in inds], "order": [i.order for i in inds]})
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
    deps = value_scores(inds)
    dep = pd.DataFrame([(c, p, v) for c, (p, v) in deps.items()], columns=["indicator", "parent", "vscore"])
    grid = grid.merge(dep, on="indicator", how="left")
    pcons = cons.rename("parent_c").rename_axis(["country", "round", "parent"])
    grid = grid.join(pcons, on=["country", "round", "parent"])
    not_asked = grid["parent_c"].notna() & ((grid["parent_c"] - grid["vscore"]).abs() > 1e-9)
    text = grid["kind"] == "text"
    answered = grid["c"].notna() & ~not_asked & ~text
    missing = grid["c"].isna() & grid["nna"].isna() & ~not_asked & ~text
    grid["wc"] = (grid["w"] * grid["c"]).where(answered, 0.0)
    grid["aw"] = grid["w"].where(answered, 0.0)
    grid["pw"] = grid["w"].where(answered | missing, 0.0)
    dims = grid.groupby(["country", "round", "instrument", "article", "dimension"], sort=False)[["wc", "aw", "pw"]].sum()
    dims["score"] = (dims["wc"] / dims["aw"]).where(dims["aw"] > 0)
    dims["coverage"] = (dims["aw"] / dims["pw"]).where(dims["pw"] > 0)
    t2 = time.perf_counter()
    write_dims(out, [tuple(ix) + (None if pd.isna(s) else s, None if pd.isna(c) else c)
                     for ix, s, c in zip(dims.index, dims["score"], dims["coverage"])])
    sys.stderr.write("pandas %s numpy %s: read %.3f s, score+consensus+dims %.3f s\n"
                     % (pd.__version__, np.__version__, t1 - t0, t2 - t1))


if __name__ == "__main__":
    main()

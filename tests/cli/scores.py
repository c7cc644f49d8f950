#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""scores.py - check an analyst table against the JSON it flattens.

  scores.py scores OUTDIR   OUTDIR/scores.csv against every
                            OUTDIR/COUNTRY/ROUND/report.json
  scores.py trend OUTDIR    every OUTDIR/COUNTRY/trend.csv against the
                            trend.json beside it

The CSV is read with Python's csv module, as an analyst would; every row
the JSON implies must be there, in order, with the same values (a null
is an empty cell), and no other row. Exits 1 with the first difference.
"""
import csv
import glob
import json
import os
import sys

SCORE_FIELDS = ("score", "gap", "coverage", "required_score", "rating",
                "status")
TREND_FIELDS = ("change_since_baseline", "change_since_last", "gap_closed",
                "direction")


def cell(value):
    """A JSON value as the CSV writes it: null empty, numbers compared
    as numbers by same()."""
    return "" if value is None else value


def plain(text):
    """A cell without the apostrophe a spreadsheet-safe writer adds
    before =, +, -, @, a tab or a carriage return."""
    if text[:1] == "'" and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def same(text, value):
    """Does CSV cell text hold the JSON value?"""
    if value is None:
        return text == ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(text) == float(value)
        except ValueError:
            return False
    return text == value


def dims(obj, skip):
    """The dimension keys of a level object, in order: objects (or null,
    an article's absent dimension, skipped) not among skip."""
    return [k for k, v in obj.items()
            if k not in skip and isinstance(v, dict)]


def report_rows(rep):
    """The rows scores.csv must hold for one report, as (key, values)."""
    head = [rep["country"], rep["round"]]

    def level(name, ins, art, title, obj, skip):
        for d in dims(obj, skip):
            v = obj[d]
            yield (head + [name, ins, art, title, d],
                   [v.get(f) for f in SCORE_FIELDS])

    yield from level("overall", "", "", "", rep["overall"], ())
    for ins in rep["instruments"]:
        yield from level("instrument", ins["id"], "", "", ins,
                         ("articles",))
        for art in ins["articles"]:
            yield from level("article", ins["id"], art["article"],
                             art["title"], art, ("good_practices",))


def trend_rows(tr):
    """The rows trend.csv must hold for one trend.json."""
    def level(name, ins, art, title, obj):
        for d in dims(obj, ("articles",)):
            s = obj[d]
            for k, rnd in enumerate(tr["rounds"]):
                yield ([tr["country"], name, ins, art, title, d, rnd],
                       [s["reported"][k], s["comparable"][k]]
                       + [s[f] for f in TREND_FIELDS])

    yield from level("overall", "", "", "", tr["overall"])
    for ins in tr["instruments"]:
        yield from level("instrument", ins["id"], "", "", ins)
        for art in ins.get("articles", []):
            yield from level("article", ins["id"], art["article"],
                             art["title"], art)


def compare(path, header, expected):
    """Compare the CSV at path with the expected rows; count them."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        sys.exit("%s: header %r, expected %r" % (path, rows[0], header))
    nkey = None
    n = 0
    for n, (key, values) in enumerate(expected, 1):
        nkey = len(key)
        if n >= len(rows):
            sys.exit("%s: row %d missing: %r" % (path, n + 1, key))
        row = [plain(c) for c in rows[n]]
        if row[:nkey] != key:
            sys.exit("%s:%d: %r, expected %r" % (path, n + 1,
                                                 row[:nkey], key))
        for name, text, value in zip(header[nkey:], row[nkey:], values):
            if not same(text, value):
                sys.exit("%s:%d: %s is %r, report has %r"
                         % (path, n + 1, name, text, cell(value)))
    if len(rows) != n + 1:
        sys.exit("%s: %d rows more than the JSON has"
                 % (path, len(rows) - n - 1))
    return n


def main():
    kind, outdir = sys.argv[1], sys.argv[2]
    if kind == "scores":
        reports = sorted(glob.glob(os.path.join(outdir, "*", "*",
                                                "report.json")))
        expected = []
        for p in reports:
            with open(p, encoding="utf-8") as f:
                expected.extend(report_rows(json.load(f)))
        header = ["country", "round", "level", "instrument", "article",
                  "article_title", "dimension"] + list(SCORE_FIELDS)
        n = compare(os.path.join(outdir, "scores.csv"), header, expected)
        print("%d rows of %d reports match" % (n, len(reports)))
        return
    header = ["country", "level", "instrument", "article", "article_title",
              "dimension", "round", "reported", "comparable"] + \
        list(TREND_FIELDS)
    trends = sorted(glob.glob(os.path.join(outdir, "*", "trend.json")))
    for p in trends:
        with open(p, encoding="utf-8") as f:
            expected = list(trend_rows(json.load(f)))
        n = compare(os.path.join(os.path.dirname(p), "trend.csv"), header,
                    expected)
        print("%s: %d rows match" % (p, n))
    if not trends:
        sys.exit("no trend.json under %s" % outdir)


if __name__ == "__main__":
    main()

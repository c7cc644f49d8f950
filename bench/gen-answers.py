#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generate a large, valid long-format answers file for benchmarks.

    gen-answers.py --rows N [--experts 25] [--countries 190] [--rounds R]
                   [--seed 42] [-o OUT] [INDICATORS.csv ...]

A donor's view: assessments (a country in a round) of EXPERTS experts
each, every expert answering every indicator of the given sets (default:
the four shipped sets in ../indicators), until N data rows are written
(the last assessment is cut where N is reached; an instrument it never
reaches is simply not answered there). Countries are user-assigned ISO
3166 codes XAA, XAB, ... (at most --countries, default 190); rounds are
spread so that every file has at least two (--rounds forces a number;
more rows than --countries x --rounds assessments hold is refused).

Seeded and deterministic: the same arguments give the same bytes. Every
answer is valid for its indicator's type (gapscore validate passes).

Hard cases on purpose: evidence with commas, doubled quotes, accents,
Cyrillic and Arabic text, quoted newlines (LF and CRLF) inside evidence;
answers with odd case and surrounding blanks; n/a answers, each with a
reason in `comment` (SPEC scoring 9); missing answers as an empty cell,
`unknown` or ` Unknown `; confidence as 1-3, low/medium/high or empty;
follow-up questions (depends_on) answered whatever the parent says, so
the consumer has to apply depends_on itself.
"""
import argparse
import csv
import glob
import math
import os
import random
import re
import sys

EVIDENCE = [
    "Act {n} of {y}, s. {s}",
    "Penal Code, art. {s}, as amended in {y}, and Act {n} of {y}",
    'The "Organized Crime (Prevention) Act" {y}, s. {s}',
    'Ministry report {y}, p. {n}: "no special unit yet"',
    "Code pénal, art. {s}-{n}; décret n° {n}/{y} (modifié)",
    "Ley Orgánica {n}/{y}, artículo {s}, apartado 2º",
    "Уголовный кодекс, ст. {s}, ч. {n} (ред. {y})",
    "قانون مكافحة الجريمة المنظمة رقم {n} لسنة {y}، المادة {s}",
    "Interview with prosecutor, {y}\nsee annex {n}",
    "Draft bill {n}/{y}, tabled;\r\nnot yet adopted",
    "Case law: State v. X ({y}), para. {s}; also Act {n}, ss. {s}, {n}",
    "",
]
COMMENTS = ["", "", "", "", "", "see annex", "confirmed with the ministry, {y}",
            "answer differs from the 2019 review"]
NA_REASONS = [
    "No such authority exists in this State",
    "Not applicable: no land border",
    "The Protocol is not ratified; the question does not arise",
    "Sans objet : pas de frontière maritime",
    "لا ينطبق",
]
TEXT_ANSWERS = [
    "Act {n} of {y}, ss. {s}-{n}",
    'The "Anti-Trafficking Act", {y}',
    "Décret n° {n} du {s} mars {y}",
    "Федеральный закон № {n}-ФЗ",
    "Several laws:\nAct {n}/{y}\nAct {s}/{y}",
]
CONFIDENCE = ["1", "2", "3", "low", "medium", "high", "", "2", "3", "high"]


# The ids whose na column says no (core obligations): an n/a there is an
# error, so they get "unknown" where the others get n/a.
NA_FORBIDDEN = set()


def read_sets(paths):
    inds = []
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for r in csv.DictReader(f):
                if (r.get("na") or "").strip() == "no":
                    NA_FORBIDDEN.add(r["id"])
                inds.append((r["id"], r["answer_type"].strip(),
                             (r.get("scoring") or "").strip()))
    return inds


def number_bounds(scoring):
    """The threshold bounds of a number indicator's scoring."""
    out = []
    for part in scoring.split(";"):
        rule = part.rsplit(":", 1)[0].strip().lstrip("<>=").strip()
        if rule and rule != "*":
            out.append(float(rule))
    return out or [0.0, 10.0]


def make_answerer(atype, scoring):
    """A function rng, level -> answer text, level in [0, 1] the panel's
    leaning on this indicator (so that experts mostly agree)."""
    kind, _, spec = atype.partition(":")
    kind = kind.lower()
    if kind in ("yesno", "yesnopartial"):
        yes = ["yes", "yes", "yes", "Yes", " yes", "YES"]
        no = ["no", "no", "no", "No", "no "]
        partial = ["partial", "partial", "Partial", " PARTIAL "]

        def ans(rng, level):
            x = rng.random()
            if kind == "yesnopartial" and abs(x - level) < 0.25:
                return rng.choice(partial)
            return rng.choice(yes) if x < level else rng.choice(no)
        return ans
    if kind == "scale":
        m = re.match(r"\s*(-?[0-9.]+)\s*-\s*(-?[0-9.]+)\s*$", spec)
        lo, hi = float(m.group(1)), float(m.group(2))

        def ans(rng, level):
            x = min(hi, max(lo, lo + (hi - lo) * (level + rng.gauss(0, 0.2))))
            if rng.random() < 0.8:
                return "%d" % round(x)
            return "%.1f" % x
        return ans
    if kind == "percent":
        def ans(rng, level):
            x = min(100.0, max(0.0, 100 * (level + rng.gauss(0, 0.15))))
            return "%d" % round(x) if rng.random() < 0.7 else "%.1f" % x
        return ans
    if kind == "number":
        bounds = number_bounds(scoring)
        top = max(max(bounds), 1.0) * 2

        def ans(rng, level):
            # log-uniform-ish, so every threshold band gets answers
            x = math.expm1(rng.random() * math.log1p(top))
            if rng.random() < 0.1:
                return "0"
            return "%d" % round(x) if rng.random() < 0.85 else "%.2f" % x
        return ans
    if kind == "choice":
        opts = [o.strip() for o in spec.split("|")]

        def ans(rng, level):
            i = int(min(len(opts) - 1, max(0, round((level + rng.gauss(0, 0.2)) * (len(opts) - 1)))))
            o = opts[i]
            return o if rng.random() < 0.9 else " " + o.upper() + " "
        return ans

    def ans(rng, level):  # text
        return rng.choice(TEXT_ANSWERS).format(n=rng.randint(1, 99), y=rng.randint(1990, 2026), s=rng.randint(1, 60))
    return ans


def country_code(i):
    return "X%c%c" % (65 + (i // 26) % 26, 65 + i % 26)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, required=True, help="data rows to write")
    ap.add_argument("--experts", type=int, default=25)
    ap.add_argument("--countries", type=int, default=190)
    ap.add_argument("--rounds", type=int, default=0, help="0: at least 2, more when countries run out")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("indicators", nargs="*")
    args = ap.parse_args()

    paths = args.indicators or [os.path.join(here, "..", "indicators", s + ".csv")
                                for s in ("untoc", "tip", "som", "fp")]
    inds = read_sets(paths)
    answerers = [make_answerer(t, s) for _, t, s in inds]
    per_assessment = args.experts * len(inds)
    nassess = max(1, -(-args.rows // per_assessment))
    rounds = args.rounds or max(2 if nassess > 1 else 1, -(-nassess // args.countries))
    if nassess > args.countries * rounds:
        # Each assessment is a distinct (country, round): more would
        # repeat an expert's answers, which gapscore rightly refuses.
        ap.error("--rows %d needs %d assessments of %d experts x %d indicators, "
                 "but --countries %d x --rounds %d give only %d; raise one of "
                 "them (or leave --rounds out)"
                 % (args.rows, nassess, args.experts, len(inds), args.countries,
                    rounds, args.countries * rounds))
    ncountries = min(args.countries, -(-nassess // rounds))
    round_names = ["%d" % (2026 - 2 * (rounds - 1 - k)) for k in range(rounds)]
    if rounds > 13:
        round_names = ["%d-%02d" % (2000 + k // 12, 1 + k % 12) for k in range(rounds)]

    rng = random.Random(args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w", newline="", encoding="utf-8")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["country", "round", "expert", "indicator", "answer", "confidence", "evidence", "comment"])
    written = 0
    rnd = rng.random
    for a in range(nassess):
        # round-major: a donor's file holds every country of one round, then the next
        r, c = divmod(a, ncountries)
        country, round_ = country_code(c), round_names[r % rounds]
        levels = [rnd() for _ in inds]
        for e in range(args.experts):
            expert = ("expert%02d" % (e + 1)) if e % 3 else ("j.doe-%s_%d" % (country.lower(), e + 1))
            bias = rng.gauss(0, 0.1)
            for k, (ind, _, _) in enumerate(inds):
                if written >= args.rows:
                    break
                x = rnd()
                comment = ""
                if x < 0.02:
                    answer = ""
                elif x < 0.03:
                    answer = "unknown" if x < 0.025 else " Unknown "
                elif x < 0.06:
                    answer = "n/a" if x < 0.055 else " N/A"
                    comment = rng.choice(NA_REASONS)
                    if ind in NA_FORBIDDEN:
                        answer = "unknown"
                else:
                    answer = answerers[k](rng, min(1.0, max(0.0, levels[k] + bias)))
                y = rng.randint(1990, 2026)
                ev = rng.choice(EVIDENCE).format(n=rng.randint(1, 99), y=y, s=rng.randint(1, 60)) if answer else ""
                if not comment:
                    comment = rng.choice(COMMENTS).format(y=y)
                w.writerow([country, round_, expert, ind, answer, rng.choice(CONFIDENCE), ev, comment])
                written += 1
    if out is not sys.stdout:
        out.close()
    sys.stderr.write("gen-answers: %d rows, %d assessments (%d countries x %d rounds), %d experts, %d indicators\n"
                     % (written, nassess, ncountries, rounds, args.experts, len(inds)))


if __name__ == "__main__":
    main()

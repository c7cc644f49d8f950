#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""answer-words.py LANG IN OUT: rewrite an answers CSV in LANG's answer
words (oui, non, partiel, s.o., inconnu ...), with a lang column saying
so; LANG en keeps the English words and only adds the column. The words
alternate between a language's spellings (and its case), so that every
word of docs/answer-words.md is read at least once.

answer-words.py --fill LANG TEMPLATE ANSWERS EXPERT OUT: fill a CSV
template (gapscore template) with EXPERT's answers in ANSWERS, written in
LANG's words, as an expert of that language would."""
import csv
import sys

WORDS = {
    "fr": {"yes": ["oui", "OUI"], "no": ["non", "Non"],
           "partial": ["partiel", "partiellement"],
           "n/a": ["s.o.", "sans objet"],
           "unknown": ["inconnu", "ne sait pas"]},
    "es": {"yes": ["sí", "si", "S\u0069\u0301"], "no": ["no", "NO"],
           "partial": ["parcial", "parcialmente"],
           "n/a": ["no aplica", "n.a."],
           "unknown": ["desconocido", "no sabe"]},
    "ru": {"yes": ["да", "Да"], "no": ["нет", "НЕТ"],
           "partial": ["частично"], "n/a": ["неприменимо", "н/п"],
           "unknown": ["неизвестно", "не знаю"]},
    "ar": {"yes": ["نعم"], "no": ["لا"], "partial": ["جزئي", "جزئيا"],
           "n/a": ["غير منطبق", "لا ينطبق"],
           "unknown": ["غير معروف", "لا أعرف"]},
    "zh": {"yes": ["是"], "no": ["否"], "partial": ["部分"],
           "n/a": ["不适用"], "unknown": ["未知", "不知道"]},
}


def translate(lang, answer, seen):
    """answer in lang's words, alternating spellings (seen counts)."""
    word = answer.strip().lower()
    spellings = WORDS.get(lang, {}).get(word)
    if not spellings:
        return answer
    n = seen.get(word, 0)
    seen[word] = n + 1
    return spellings[n % len(spellings)]


def fill(lang, template, answers, expert, dst):
    """Fill template's answer cells from expert's answers."""
    given = {}
    with open(answers, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["expert"] == expert:
                given[row["indicator"]] = row["answer"]
    seen = {}
    with open(template, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(dst, "w", newline="", encoding="utf-8") as f:
        out = csv.DictWriter(f, fieldnames=list(rows[0].keys()),
                             lineterminator="\n")
        out.writeheader()
        for row in rows:
            row["answer"] = translate(lang, given.get(row["indicator"], ""),
                                      seen)
            out.writerow(row)


def main():
    if sys.argv[1] == "--fill":
        fill(*sys.argv[2:7])
        return
    lang, src, dst = sys.argv[1:4]
    seen = {}
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    col = header.index("answer")
    with open(dst, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header + ["lang"])
        for row in rows[1:]:
            row[col] = translate(lang, row[col], seen)
            out.writerow(row + [lang])


main()

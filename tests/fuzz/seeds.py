#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""seeds.py - build the seed corpus of every libFuzzer target from the
tests' data (tests/data/**), the shipped indicator sets (indicators/*.csv)
and the example answers (examples/answers/*.csv).

usage: seeds.py SRCDIR OUTDIR

OUTDIR/NAME/ gets the seeds of target NAME (files named after where they
come from). Large files are cut into small consistent samples (the first
indicators of a shipped set, whose parents come along, and the answers to
them), so that an execution stays fast.
"""
import csv
import hashlib
import io
import os
import sys

SAMPLE_ROWS = 40
HOSTILE = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' onclick='1 &amp; one\ntwo",
    '<!-- x --><svg onload=1>',
    '`touch pwned` $(id) ${x} \\" \\\\',
    'set output "/tmp/x"\nsystem "id"',
    '=HYPERLINK("http://x")',
    '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''=x", '',
    'caf\u00e9 \u2026 \u00ab\u00bb \U0001f600 \u200b\u00a0',
]


def rows(path):
    """The header and rows of a CSV file, or None when it is not CSV."""
    try:
        with open(path, newline='', encoding='utf-8-sig') as f:
            data = list(csv.reader(f, strict=True))
    except (csv.Error, UnicodeDecodeError):
        return None
    return data if data else None


def csv_text(table):
    """Rows as CSV text, LF line ends."""
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows(table)
    return out.getvalue()


def save(outdir, name, tag, data):
    """Write one seed (bytes) as OUTDIR/NAME/TAG-HASH."""
    d = os.path.join(outdir, name)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    h = hashlib.sha1(data).hexdigest()[:10]
    with open(os.path.join(d, '%s-%s' % (tag, h)), 'wb') as f:
        f.write(data)


def sample_set(table):
    """The first SAMPLE_ROWS indicators whose parents are among them."""
    head, body = table[0], table[1:]
    col = {n: i for i, n in enumerate(head)}
    kept, ids = [], set()
    for r in body:
        if len(r) != len(head):
            continue
        dep = r[col['depends_on']] if 'depends_on' in col else ''
        parent = dep.split('!=')[0].split('=')[0] if dep else ''
        if parent and parent not in ids:
            continue
        kept.append(r)
        ids.add(r[col['id']])
        if len(kept) == SAMPLE_ROWS:
            break
    return [head] + kept, ids


def sample_answers(table, ids, limit=150):
    """The first rows of a long answers file that answer ids."""
    head, body = table[0], table[1:]
    k = head.index('indicator')
    return [head] + [r for r in body if r[k] in ids][:limit]


def csv_files(src, *dirs):
    """Every .csv under the given directories of src, sorted."""
    found = []
    for d in dirs:
        for root, _, files in os.walk(os.path.join(src, d)):
            found += [os.path.join(root, f) for f in files
                      if f.endswith('.csv')]
    return sorted(found)


def is_indicator_set(table):
    """Does the header look like an indicator set's (else answers)?"""
    return 'answer_type' in table[0] or 'id' in table[0]


def seed_loaders(src, out, pairs):
    """indset, answers and report: files as they are, and samples
    (pairs of a set's path, a sample of it and answers to the sample)."""
    for path in csv_files(src, 'tests/data'):
        table = rows(path)
        with open(path, 'rb') as f:
            data = f.read()
        tag = os.path.basename(path)[:-4]
        if table and is_indicator_set(table):
            save(out, 'indset', tag, data)
        else:
            save(out, 'answers', tag, data)
    for path, ind, ans in pairs:
        tag = 'sample-' + os.path.basename(path)[:-4]
        save(out, 'indset', tag, ind.encode())
        save(out, 'answers', tag, ans.encode())
        save(out, 'report', tag, ind.encode() + b'\0' + ans.encode())


def shipped_pairs(src):
    """(set sample, answers sample) texts for every shipped set."""
    pairs = []
    answers = [rows(p) for p in csv_files(src, 'examples/answers')]
    for path in csv_files(src, 'indicators'):
        table, ids = sample_set(rows(path))
        mine = [sample_answers(a, ids) for a in answers if a]
        best = max(mine, key=len)
        pairs.append((path, csv_text(table), csv_text(best)))
    return pairs


def seed_reports(src, out):
    """Indicator set, NUL, answers: the fixtures that go together, one
    with hostile text in every field an input gives."""
    d = os.path.join(src, 'tests/data')
    combos = [('indicators.csv', 'answers.csv'),
              ('indicators.csv', 'wide/answers-wide.csv'),
              ('hostile/indicators.csv', 'hostile/answers.csv')]
    for ind, ans in combos:
        with open(os.path.join(d, ind), 'rb') as f:
            a = f.read()
        with open(os.path.join(d, ans), 'rb') as f:
            b = f.read()
        save(out, 'report', ind.replace('/', '-')[:-4], a + b'\0' + b)
    ind = rows(os.path.join(d, 'indicators.csv'))
    ans = rows(os.path.join(d, 'answers.csv'))
    for k, evil in enumerate(HOSTILE[:6]):
        # article_title and question carry it into headings and text.
        i2 = [ind[0]] + [list(r) for r in ind[1:]]
        for r in i2[1:]:
            r[3] = r[3] + ' ' + evil
            r[7] = evil + ' ' + r[7]
        a2 = [ans[0]] + [r[:6] + [evil, evil, evil] for r in ans[1:]]
        save(out, 'report', 'hostile-%d' % k,
             csv_text(i2).encode() + b'\0' + csv_text(a2).encode())


def answers_for(kind, names):
    """Answers worth trying on a type."""
    base = ['yes', 'no', 'partial', 'n/a', 'unknown', '', ' YES ', 'N/A']
    nums = ['0', '1', '2.5', '5', '50', '100', '-1', '101', '1e308',
            '-0', '0.0001', '1e-300', 'nan', 'inf']
    return base + (nums if kind in ('scale', 'percent', 'number')
                   else names)


def seed_answer_types(src, out):
    """(answer_type, scoring, answers...) from every indicator file."""
    seen = set()
    for path in csv_files(src, 'tests/data', 'indicators'):
        table = rows(path)
        if not table or 'answer_type' not in table[0]:
            continue
        head = table[0]
        t = head.index('answer_type')
        s = head.index('scoring') if 'scoring' in head else None
        for r in table[1:]:
            if len(r) != len(head):
                continue
            pair = (r[t], r[s] if s is not None else '')
            if pair in seen:
                continue
            seen.add(pair)
            kind = pair[0].split(':')[0]
            names = pair[0].split(':', 1)[1].split('|') if ':' in pair[0] \
                else []
            parts = list(pair) + answers_for(kind, names)
            save(out, 'answer-type', 'type', '\0'.join(parts))
    for extra in [('scale:-1e308-1e308', '', '1e308', '-1e308', '0'),
                  ('number', '>=1e308:1;<=-1e308:0;*:0.5', '1e308'),
                  ('choice:a|b|c', 'a=1;b=0.5;c=0', 'A', ' b ', 'd'),
                  ('percent', 'reverse', '0', '100', '33.3')]:
        save(out, 'answer-type', 'extra', '\0'.join(extra))


def seed_labels(src, out):
    """Labels (ids, titles, questions, codes) and hostile text, with a
    limit byte of 39 or 79 (40 and 80 characters, as the charts use)."""
    labels = set(HOSTILE)
    for path in csv_files(src, 'tests/data', 'indicators'):
        table = rows(path)
        if not table:
            continue
        for r in table[1:30]:
            labels.update(c for c in r[:8] if c)
    for k, label in enumerate(sorted(labels)):
        limit = bytes([39 if k % 2 else 79])
        save(out, 'chart-quote', 'label', limit + label.encode())


def seed_cells(src, out):
    """Rows of every CSV file as NUL-separated cells, neutralised or not,
    and the hostile cells."""
    for path in csv_files(src, 'tests/data', 'indicators',
                          'examples/answers'):
        table = rows(path)
        if not table:
            continue
        for k, r in enumerate(table[:12]):
            flag = bytes([k % 2])
            save(out, 'csvout', 'row', flag + '\0'.join(r).encode())
    save(out, 'csvout', 'hostile', b'\1' + '\0'.join(HOSTILE).encode())
    save(out, 'csvout', 'hostile', b'\0' + '\0'.join(HOSTILE).encode())


def main():
    """Every target's seeds from SRCDIR into OUTDIR."""
    src, out = sys.argv[1], sys.argv[2]
    pairs = shipped_pairs(src)
    seed_loaders(src, out, pairs)
    seed_reports(src, out)
    seed_answer_types(src, out)
    seed_labels(src, out)
    seed_cells(src, out)


if __name__ == '__main__':
    main()

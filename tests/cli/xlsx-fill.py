#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# xlsx-fill.py - helpers of tests/cli/xlsx.sh: fill a template (XLSX with
# openpyxl, or CSV) with one expert's answers taken from an answers CSV,
# as an expert would type them, and look into workbooks (python's
# zipfile) for what the test checks.
#
#   xlsx-fill.py fill-xlsx TEMPLATE.xlsx ANSWERS.csv EXPERT OUT.xlsx
#   xlsx-fill.py fill-csv TEMPLATE.csv ANSWERS.csv EXPERT OUT.csv
#   xlsx-fill.py part BOOK.xlsx PART          print one part's XML
#   xlsx-fill.py rows BOOK.xlsx SHEET         print a sheet as CSV rows
#   xlsx-fill.py locked BOOK.xlsx SHEET REF  "locked" or "unlocked": the
#                                             cell once the sheet is
#                                             protected
#   xlsx-fill.py same-table BOOK.xlsx SHEET CSV  does the sheet hold the
#                                             CSV file's table (numbers
#                                             as numbers, text without
#                                             the CSV's formula guard)?
#   xlsx-fill.py words BOOK.xlsx             print the words a reader sees
#                                             besides the rows: sheet
#                                             names, header cells and
#                                             their notes, the messages
#                                             of the rules, review cells
#   xlsx-fill.py bomb OUT.xlsx                a workbook whose sheet
#                                             inflates to 300 MB
#   xlsx-fill.py fixtures DIR                 the small broken or odd
#                                             workbooks of tests/data/bad
import csv
import sys
import zipfile

FILLED = ("answer", "confidence", "evidence", "good_practice", "comment")


def answers_of(path, expert):
    """indicator -> the row of the expert's answer."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        return {r["indicator"]: r for r in csv.DictReader(f)
                if r["expert"] == expert}


def typed(value):
    """What a spreadsheet keeps for what is typed: numbers as numbers."""
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number == int(number) else number


def fill_xlsx(template, answers, expert, out):
    import openpyxl
    given = answers_of(answers, expert)
    book = openpyxl.load_workbook(template)
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        header = [c.value for c in sheet[1]]
        ind = header.index("indicator")
        for row in sheet.iter_rows(min_row=2):
            got = given.get(row[ind].value)
            for name in FILLED:
                if got and got[name]:
                    row[header.index(name)].value = typed(got[name])
    book.save(out)


def fill_csv(template, answers, expert, out):
    given = answers_of(answers, expert)
    with open(template, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    ind = header.index("indicator")
    for row in rows[1:]:
        got = given.get(row[ind])
        for name in FILLED:
            if got and got[name]:
                row[header.index(name)] = got[name]
    with open(out, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def sheet_part(book, name):
    """The archive path of the sheet named name."""
    import re
    workbook = book.read("xl/workbook.xml").decode()
    rels = book.read("xl/_rels/workbook.xml.rels").decode()
    for m in re.finditer(r'<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"',
                         workbook):
        if m.group(1) == name:
            t = re.search(r'Id="%s"[^>]*Target="([^"]*)"' % m.group(2),
                          rels)
            return "xl/" + t.group(1).lstrip("/").replace("xl/", "", 1)
    raise SystemExit("no sheet " + name)


def rows(path, name):
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True)
    w = csv.writer(sys.stdout, lineterminator="\n")
    for row in book[name].iter_rows(values_only=True):
        w.writerow(["" if v is None else v for v in row])


def locked(path, name, ref):
    import openpyxl
    cell = openpyxl.load_workbook(path)[name][ref]
    print("locked" if cell.protection.locked else "unlocked")


def unguard(text):
    """A CSV cell without the apostrophe that keeps it from a formula."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def shown(value):
    """A sheet's value as gapscore's CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def same_table(path, name, csv_path):
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True)
    got = [[shown(v) for v in r]
           for r in book[name].iter_rows(values_only=True)]
    with open(csv_path, newline="", encoding="utf-8") as f:
        want = [[unguard(c) for c in r] for r in csv.reader(f)]
    width = max(len(r) for r in want)
    got = [(r + [""] * width)[:width] for r in got]
    want = [(r + [""] * width)[:width] for r in want]
    for k, (g, w) in enumerate(zip(got, want), 1):
        if g != w:
            raise SystemExit("row %d differs:\n %r\n %r" % (k, g, w))
    if len(got) != len(want):
        raise SystemExit("%d rows on the sheet, %d in the CSV"
                         % (len(got), len(want)))


def words(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        print(sheet.title)
        header = [c.value for c in sheet[1]]
        for cell in sheet[1]:
            print(shown(cell.value))
            if cell.comment:
                print(cell.comment.text)
        for rule in sheet.data_validations.dataValidation:
            print(rule.error or "")
        if "review" in header:
            col = header.index("review") + 1
            for r in range(2, sheet.max_row + 1):
                print(shown(sheet.cell(r, col).value))


def bomb(out):
    head = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml",
                   '<workbook xmlns:r="r"><sheets><sheet name="S" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships><Relationship Id="rId1" Type="x/'
                   'worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(head.encode())
            block = b" " * (1 << 20)
            for _ in range(300):
                f.write(block)
            f.write(b"</sheetData></worksheet>")


NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = ("http://schemas.openxmlformats.org/officeDocument/2006/"
       "relationships")


def book(out, sheets, strings=(), extra=()):
    """A minimal workbook: sheets is [(name, state, sheet XML body)],
    strings the shared strings, extra more (path, bytes) parts."""
    wb = ['<?xml version="1.0"?><workbook xmlns="%s" xmlns:r="%s">'
          '<sheets>' % (NS, RNS)]
    rels = ['<?xml version="1.0"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">']
    parts = []
    for k, (name, state, body) in enumerate(sheets, 1):
        wb.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>'
                  % (name, k, ' state="%s"' % state if state else "", k))
        rels.append('<Relationship Id="rId%d" Type="%s/worksheet" '
                    'Target="worksheets/sheet%d.xml"/>' % (k, RNS, k))
        parts.append(("xl/worksheets/sheet%d.xml" % k,
                      '<?xml version="1.0"?><worksheet xmlns="%s">'
                      '<sheetData>%s</sheetData></worksheet>' % (NS, body)))
    if strings:
        rels.append('<Relationship Id="rIdS" Type="%s/sharedStrings" '
                    'Target="sharedStrings.xml"/>' % RNS)
        parts.append(("xl/sharedStrings.xml",
                      '<?xml version="1.0"?><sst xmlns="%s">%s</sst>'
                      % (NS, "".join("<si>%s</si>" % s for s in strings))))
    wb.append("</sheets></workbook>")
    rels.append("</Relationships>")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        for path, text in list(parts) + list(extra):
            z.writestr(path, text)


def row(n, *cells):
    """<row r=n> of (ref, type, inner XML) cells."""
    return '<row r="%d">%s</row>' % (n, "".join(
        '<c r="%s"%s>%s</c>' % (ref, ' t="%s"' % t if t else "", inner)
        for ref, t, inner in cells))


def header(n=1):
    """The answers header as shared strings 0 to 4."""
    return row(n, *[("%s%d" % ("ABCDE"[i], n), "s", "<v>%d</v>" % i)
                    for i in range(5)])


def who(n):
    """country, round (a number), expert as inline strings."""
    return [("A%d" % n, "inlineStr", "<is><t>XEA</t></is>"),
            ("B%d" % n, None, "<v>2025</v>"),
            ("C%d" % n, "inlineStr", "<is><t>e1</t></is>")]


def fixtures(d):
    strings = ["<t>country</t>", "<t>round</t>", "<t>expert</t>",
               "<t>indicator</t>", "<t>answer</t>", "<t>T5.L1</t>",
               "<r><t>ye</t></r><r><t>s</t></r>", "<t>T5.I1</t>",
               "<t>T5.L2</t>"]
    # A good workbook: rich, shared and inline strings, numbers, a
    # blank row, a hidden sheet that is not read, cells out of column
    # order refused elsewhere.
    good = header() + row(2, *who(2), ("D2", "s", "<v>5</v>"),
                          ("E2", "s", "<v>6</v>")) + \
        row(4, *who(4), ("D4", "s", "<v>7</v>"), ("E4", None, "<v>12</v>"))
    book(d + "/xlsx-good.xlsx", [("Answers", None, good),
                                 ("Notes", "hidden", row(1, ("A1", "b",
                                                            "<v>1</v>")))],
         strings)
    # Bad cells: a boolean answer, a shared string that does not exist,
    # an answer past column AB (an unknown column), on two sheets.
    bad = header() + row(2, *who(2), ("D2", "s", "<v>5</v>"),
                         ("E2", "b", "<v>1</v>")) + \
        row(3, *who(3), ("D3", "s", "<v>8</v>"), ("E3", "s", "<v>99</v>"))
    second = header(1) + row(7, *who(7), ("D7", "s", "<v>8</v>"),
                             ("E7", "inlineStr", "<is><t>maybe</t></is>"))
    book(d + "/xlsx-cells.xlsx", [("First", None, bad),
                                  ("Second", None, second)], strings)
    # Malformed XML in the sheet.
    book(d + "/xlsx-bad-xml.xlsx", [("S", None, "<row r=\"1\"><c>")],
         strings)
    # A document type declaration with an entity.
    with zipfile.ZipFile(d + "/xlsx-doctype.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE w '
                   '[<!ENTITY a "aaaaaaaa">]><workbook>&a;</workbook>')
    # Macros.
    book(d + "/xlsx-macro.xlsx", [("S", None, header())], strings,
         [("xl/vbaProject.bin", "macro")])
    # A ZIP that is no workbook.
    with zipfile.ZipFile(d + "/xlsx-not-book.xlsx", "w") as z:
        z.writestr("content.xml", "<office:document/>")
    # An encrypted workbook: an OLE2 compound file.
    with open(d + "/xlsx-encrypted.xlsx", "wb") as f:
        f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        f.write(bytes(504))
    # A CSV file named .xlsx.
    with open(d + "/xlsx-text.xlsx", "w") as f:
        f.write("country,round,expert,indicator,answer\n")
    # A workbook cut short.
    with open(d + "/xlsx-good.xlsx", "rb") as f:
        data = f.read()
    with open(d + "/xlsx-cut.xlsx", "wb") as f:
        f.write(data[:len(data) // 2])


def main(argv):
    cmd = argv[1]
    if cmd == "fill-xlsx":
        fill_xlsx(*argv[2:6])
    elif cmd == "fill-csv":
        fill_csv(*argv[2:6])
    elif cmd == "part":
        with zipfile.ZipFile(argv[2]) as z:
            name = argv[3]
            if name.startswith("sheet:"):
                name = sheet_part(z, name[6:])
            sys.stdout.write(z.read(name).decode())
    elif cmd == "rows":
        rows(argv[2], argv[3])
    elif cmd == "locked":
        locked(*argv[2:5])
    elif cmd == "same-table":
        same_table(*argv[2:5])
    elif cmd == "words":
        words(argv[2])
    elif cmd == "bomb":
        bomb(argv[2])
    elif cmd == "fixtures":
        fixtures(argv[2])
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""validate.py - validate gapscore's JSON outputs against their schemas.

  validate.py SCHEMADIR FILE...

Each FILE is validated (JSON Schema draft 2020-12, python3-jsonschema)
against SCHEMADIR/NAME.schema.json, NAME taken from the document's own
"schema" member ("gapscore/report/2" -> report); the schemas themselves
are checked first. Prints every error (at most 5 a file) and exits 1 if
there is one; prints how many files were valid otherwise.
"""
import json
import os
import sys

from jsonschema import Draft202012Validator

NAMES = {
    "gapscore/report/2": "report",
    "gapscore/trend/1": "trend",
    "gapscore/plan/2": "plan",
    "gapscore/compare/2": "compare",
}


def main():
    schemadir, files = sys.argv[1], sys.argv[2:]
    validators = {}
    for key, name in NAMES.items():
        with open(os.path.join(schemadir, name + ".schema.json"),
                  encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validators[key] = Draft202012Validator(schema)
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        v = validators.get(doc.get("schema"))
        if v is None:
            print("%s: unknown schema %r" % (path, doc.get("schema")))
            failed += 1
            continue
        errors = sorted(v.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            print("%s: at %s: %s" % (path, "/".join(map(str, e.path)),
                                     e.message[:300]))
        failed += bool(errors)
    if failed:
        sys.exit("%d of %d files invalid" % (failed, len(files)))
    print("%d files valid" % len(files))


if __name__ == "__main__":
    main()

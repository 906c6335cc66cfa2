#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Print an XLSX workbook as reviewable text: every sheet in workbook order, then every cell in
row order with its type, its formula (if any) and its stored (cached) value.

usage: dump_xlsx.py [FILE.xlsx | -]      (standard input when FILE is - or absent)

The golden tests (tests/golden/run) pass `report --format xlsx` through this, so a change to the
workbook shows as a line diff of cells and formulas rather than of zipped XML. Cell types are
OOXML's: s (shared string), str (formula string), n (number), b (boolean), e (error). Text is
printed as a Python string literal so control characters and leading '=' stay visible.
Python stdlib only.
"""

import io
import sys
import zipfile
from xml.etree import ElementTree

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def shared_strings(book):
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    # A shared string is either one <t> or rich-text runs <r><t>; join every <t> in order.
    return ["".join(t.text or "" for t in item.iter(MAIN + "t")) for item in root.iter(MAIN + "si")]


def sheets(book):
    """(name, part path) for every sheet, in the workbook's order."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(PACKAGE_REL + "Relationship")}
    for sheet in workbook.iter(MAIN + "sheet"):
        target = targets[sheet.get(REL + "id")]
        yield sheet.get("name"), target.lstrip("/") if target.startswith("/") else "xl/" + target


def cell_line(cell, strings):
    kind = cell.get("t", "n")
    formula = cell.find(MAIN + "f")
    value = cell.find(MAIN + "v")
    inline = cell.find(MAIN + "is")
    if kind == "s" and value is not None:
        shown = repr(strings[int(value.text)])
    elif kind == "inlineStr" and inline is not None:
        shown = repr("".join(t.text or "" for t in inline.iter(MAIN + "t")))
    elif kind == "str" and value is not None:
        shown = repr(value.text or "")
    else:
        shown = value.text if value is not None else "(empty)"
    parts = [cell.get("r"), kind]
    if formula is not None:
        parts.append("=" + (formula.text or ""))
    parts.append(shown)
    return "  ".join(parts)


def dump(data, out):
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        strings = shared_strings(book)
        for name, part in sheets(book):
            out.write(f"sheet {name!r}\n")
            root = ElementTree.fromstring(book.read(part))
            for merge in root.iter(MAIN + "mergeCell"):
                out.write(f"  merged {merge.get('ref')}\n")
            for cell in root.iter(MAIN + "c"):
                out.write("  " + cell_line(cell, strings) + "\n")


def main(argv):
    path = argv[1] if len(argv) > 1 else "-"
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    if not data:
        return 0  # no workbook was written (the run failed); the golden shows stderr and exit
    try:
        dump(data, sys.stdout)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        sys.stdout.write(f"not a readable XLSX workbook: {error}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

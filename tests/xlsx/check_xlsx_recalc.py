#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Recalculate every XLSX report with LibreOffice and compare it with the engine.

usage: check_xlsx_recalc.py TENDERSCORE SOURCE_DIR

For every example (and test fixtures covering the other price and quantity methods, price per
quality point, lots, stages and hostile bidder names) this writes `tenderscore report --format xlsx`, has
LibreOffice (headless, a throw-away profile set to always recalculate on load) recalculate every
formula and export each sheet to CSV, and checks every final score, points cell, total and price
per quality point against `tenderscore score --format json`, to 1e-9 relative. It also checks
the workbook's sheets, that hostile text is stored as inert strings, and proves that it can fail:
a workbook with wrong cached values must come back corrected (LibreOffice really recalculated),
and one with a wrong formula must be caught. LibreOffice (Debian's libreoffice-calc-nogui) is
installed when missing; if that is impossible the test fails, it never skips. Python stdlib only.
"""

import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree
from fractions import Fraction

import dump_xlsx  # this folder's workbook reader (the script's folder is on sys.path)

TOLERANCE = 1e-9
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
FIXED_SHEETS = ["Method", "Weights", "Evaluator scores"]
HOSTILE_NAMES = [
    '=HYPERLINK("http://evil","x")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-1+1",
    "\t=1",
    # Excel and LibreOffice would decode a literal _x001B_ into a real ESC
    "<script>alert(1)</script>_x001B_[31m",
]

failures = []


def shown(name):
    """`name` as a spreadsheet shows it (the names used here have no other control characters
    than a tab): a formula guard ' before it, the tab escaped."""
    return ("'" if name[:1] in ("=", "+", "-", "@", "\t", "\r") else "") + \
        name.replace("\t", "\\x09")


def inert(name):
    """`name` as the workbook's XML stores it: as shown, with the underscore of a literal
    _xHHHH_ written _x005F_ (which a spreadsheet decodes back to the underscore)."""
    return re.sub(r"_(?=[xX][0-9A-Fa-f]{4}_)", "_x005F_", shown(name))


def fail(message):
    failures.append(message)


def ensure_soffice():
    found = shutil.which("soffice")
    if found:
        return found
    command = ["apt-get", "-o", "DPkg::Lock::Timeout=900", "install", "-y",
               "--no-install-recommends", "libreoffice-calc-nogui"]
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            sys.exit("check_xlsx_recalc: LibreOffice (soffice) is missing and cannot be installed: "
                     "not root and no sudo; run: apt-get install libreoffice-calc-nogui")
        command = ["sudo", "-n"] + command
    print("installing libreoffice-calc-nogui: " + " ".join(command), file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(command, env=env).returncode != 0:
        sys.exit("check_xlsx_recalc: installing libreoffice-calc-nogui failed")
    found = shutil.which("soffice")
    if not found:
        sys.exit("check_xlsx_recalc: soffice still missing after installing libreoffice-calc-nogui")
    return found


def write_profile(root):
    """A LibreOffice user profile that always recalculates an OOXML file on load."""
    user = os.path.join(root, "user")
    os.makedirs(user)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
            '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
            '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
            '<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
            "</oor:items>\n")
    return "file://" + root


def cases(source, work):
    """(name, tender, [bids]) of every workbook to check."""
    out = []
    with open(os.path.join(source, "examples", "inputs.txt"), encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if words and not words[0].startswith("#"):
                out.append((words[0], os.path.join(source, words[1]),
                            [os.path.join(source, w) for w in words[2:]]))
    data = os.path.join(source, "tests", "data")
    for name, tender in [("ppqp", "ppqp/tender.yaml"), ("lots", "lots/tender.yaml"),
                         ("lots-best", "lots/tender-best.yaml"), ("stages", "stages/tender.yaml"),
                         ("stages-threshold", "stages/tender-threshold.yaml"),
                         ("quantity", "quantity/tender.yaml")]:
        folder = os.path.dirname(os.path.join(data, tender))
        out.append((name, os.path.join(data, tender), [os.path.join(folder, "bids.yaml")]))

    # waste-2015 under the price methods no example uses, and with hostile bidder names
    waste = os.path.join(source, "examples", "waste-2015")
    with open(os.path.join(waste, "tender.yaml"), encoding="utf-8") as f:
        tender_text = f.read()
    with open(os.path.join(waste, "bids.yaml"), encoding="utf-8") as f:
        bids_text = f.read()
    bids_text = bids_text.replace("$schema=../../schemas/", "$schema=")
    for method, extra in [("linear", "\n      k: 2"), ("range", "")]:
        folder = os.path.join(work, "waste-" + method)
        os.makedirs(folder)
        changed = tender_text.replace("method: lowest-ratio", "method: " + method + extra)
        if changed == tender_text:
            sys.exit("check_xlsx_recalc: waste-2015 no longer uses lowest-ratio; update the test")
        with open(os.path.join(folder, "tender.yaml"), "w", encoding="utf-8") as f:
            f.write(changed)
        with open(os.path.join(folder, "bids.yaml"), "w", encoding="utf-8") as f:
            f.write(bids_text)
        out.append(("waste-" + method, os.path.join(folder, "tender.yaml"),
                    [os.path.join(folder, "bids.yaml")]))
    folder = os.path.join(work, "hostile")
    os.makedirs(folder)
    hostile = bids_text
    names = re.findall(r"^  - bidder: (.*)$", bids_text, re.M)
    for old, new in zip(names, HOSTILE_NAMES):
        hostile = hostile.replace("bidder: " + old + "\n", "bidder: " + json.dumps(new) + "\n")
    shutil.copy(os.path.join(waste, "tender.yaml"), os.path.join(folder, "tender.yaml"))
    with open(os.path.join(folder, "bids.yaml"), "w", encoding="utf-8") as f:
        f.write(hostile)
    out.append(("hostile", os.path.join(folder, "tender.yaml"),
                [os.path.join(folder, "bids.yaml")]))
    return out


def run(command):
    done = subprocess.run(command, capture_output=True)
    if done.returncode != 0:
        sys.exit("check_xlsx_recalc: %s failed (exit %d): %s"
                 % (" ".join(command), done.returncode, done.stderr.decode(errors="replace")))
    return done.stdout


def number(text):
    text = text.strip()
    if text == "":
        return None
    try:
        return float(text)
    except ValueError:
        return text  # an error such as #DIV/0! or #VALUE!, or text


def close(actual, expected):
    if not isinstance(actual, float):
        return False
    expected = float(Fraction(expected))
    return abs(actual - expected) <= TOLERANCE * max(abs(expected), 1.0)


def lot_sheets(result):
    lots = result["lots"]
    if len(lots) == 1 and lots[0]["lot"] is None:
        return ["Scores"]
    return ["Lot %d" % (i + 1) for i in range(len(lots))]


def read_sheet(outdir, stem, sheet):
    path = os.path.join(outdir, "%s-%s.csv" % (stem, sheet))
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def compare(name, stem, outdir, result):
    """Compare the recalculated lot sheets of workbook `stem` with the engine's `result`;
    return the number of cells compared, or None when a sheet is missing."""
    compared = 0
    for sheet, lot in zip(lot_sheets(result), result["lots"]):
        rows = read_sheet(outdir, stem, sheet)
        if rows is None:
            fail("%s: no sheet %s after recalculation" % (name, sheet))
            return None
        header = next((i for i, r in enumerate(rows) if r and r[0] == "row"), None)
        if header is None:
            fail("%s/%s: no header row" % (name, sheet))
            return None
        columns = rows[header][6:]
        ranked = [b for b in lot["bids"] if b["status"] == "ranked"]
        if [shown(b["bidder"]) for b in ranked] != columns:
            fail("%s/%s: bid columns %r are not the ranked bids %r"
                 % (name, sheet, columns, [b["bidder"] for b in ranked]))
            return None
        by_row = {}
        for r in rows[header + 1:]:
            if r and r[0]:
                by_row.setdefault((r[0], r[1] if len(r) > 1 else ""), r)
        for k, bid in enumerate(ranked):
            col = 6 + k
            expect = [("total", "", bid["total_exact"])]
            if bid.get("price_per_point_exact"):
                expect.append(("price per quality point", "", bid["price_per_point_exact"]))
            for criterion, c in bid["explain"].items():
                expect.append(("points", criterion, c["points_exact"]))
                if c["kind"] == "question":  # the JSON has the nearest double only
                    expect.append(("final score", criterion, Fraction(c["score"])))
            for label, criterion, value in expect:
                row = by_row.get((label, criterion))
                got = number(row[col]) if row and col < len(row) else None
                if not close(got, value):
                    fail("%s/%s: %s %s of %s: recalculated %r, engine %s"
                         % (name, sheet, label, criterion, bid["bidder"], got, value))
                compared += 1
    return compared


def corrupt(source, target, change):
    """Copy workbook `source` to `target`, applying `change` to each lot sheet's XML."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if re.match(r"xl/worksheets/sheet[4-9]\d*\.xml$", item.filename):
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def wrong_cache(xml):
    # every cached result becomes 12345: only a real recalculation gets the totals right again
    return re.sub(r"(</f>)<v>[^<]*</v>", r"\1<v>12345</v>", xml)


def wrong_formula(xml):
    # the first total's SUM gains one point; its cached value stays the engine's
    return re.sub(r"<f>SUM\(([^<]*)\)</f>", r"<f>SUM(\1)+1</f>", xml, count=1)


def check_hostile(path):
    """Hostile bidder names are stored as strings made inert, and never reach a formula."""
    with zipfile.ZipFile(path) as z:
        strings = set(dump_xlsx.shared_strings(z))
        formulas = [f.text or "" for n in z.namelist() if n.startswith("xl/worksheets/sheet")
                    for f in ElementTree.fromstring(z.read(n)).iter(dump_xlsx.MAIN + "f")]
    for name in HOSTILE_NAMES:
        expected = inert(name)
        if expected not in strings:
            fail("hostile: %r is not stored as the inert string %r" % (name, expected))
        if name in strings and name != expected:
            fail("hostile: %r is stored as it came" % name)
    for word in ["HYPERLINK", "cmd", "script", "SUM(1)"]:
        if any(word in f for f in formulas):
            fail("hostile: %s reached a formula" % word)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tenderscore, source = sys.argv[1], sys.argv[2]
    soffice = ensure_soffice()
    work = tempfile.mkdtemp(prefix="tenderscore-xlsx-")
    try:
        books, results = os.path.join(work, "books"), {}
        os.makedirs(books)
        all_cases = cases(source, work)
        for name, tender, bids in all_cases:
            # to standard output (a pipe), twice: the same command must give the same bytes
            command = [tenderscore, "report", tender] + bids + ["--format", "xlsx"]
            book = run(command)
            if run(command) != book:
                fail("%s: two runs gave different bytes" % name)
            with open(os.path.join(books, name + ".xlsx"), "wb") as out:
                out.write(book)
            results[name] = json.loads(run([tenderscore, "score", tender] + bids +
                                           ["--format", "json"]))
        # -o writes the same workbook but for the command line in its audit sheet
        run([tenderscore, "report", all_cases[0][1]] + all_cases[0][2] +
            ["--format", "xlsx", "-o", os.path.join(books, "via-o.xlsx")])
        corrupt(os.path.join(books, "waste-2015.xlsx"),
                os.path.join(books, "selftest-cache.xlsx"), wrong_cache)
        corrupt(os.path.join(books, "waste-2015.xlsx"),
                os.path.join(books, "selftest-formula.xlsx"), wrong_formula)
        check_hostile(os.path.join(books, "hostile.xlsx"))

        outdir = os.path.join(work, "csv")
        profile = write_profile(os.path.join(work, "profile"))
        run([soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
             "--convert-to", CSV_FILTER, "--outdir", outdir] +
            sorted(glob.glob(os.path.join(books, "*.xlsx"))))

        total = 0
        for name, _, _ in all_cases:
            for sheet in FIXED_SHEETS + lot_sheets(results[name]):
                if read_sheet(outdir, name, sheet) is None:
                    fail("%s: sheet %s missing (did the workbook open cleanly?)" % (name, sheet))
            with zipfile.ZipFile(os.path.join(books, name + ".xlsx")) as z:
                workbook = ElementTree.fromstring(z.read("xl/workbook.xml"))
            sheets = [e.get("name") for e in workbook.iter() if e.tag.endswith("}sheet")]
            if sheets != FIXED_SHEETS + lot_sheets(results[name]):
                fail("%s: sheets %r, expected %r"
                     % (name, sheets, FIXED_SHEETS + lot_sheets(results[name])))
            compared = compare(name, name, outdir, results[name])
            total += compared or 0
            print("%s: %d cells recalculated and equal to the engine" % (name, compared or 0))

        # Self-tests: the comparison must see through wrong cached values and catch a wrong
        # formula, else a passing run proves nothing.
        before = len(failures)
        if compare("selftest-cache", "selftest-cache", outdir, results["waste-2015"]) is None \
                or len(failures) != before:
            fail("self-test: wrong cached values were not replaced: LibreOffice did not "
                 "recalculate, so this test cannot see a wrong formula")
        before = len(failures)
        compare("selftest-formula", "selftest-formula", outdir, results["waste-2015"])
        caught = failures[before:]
        del failures[before:]
        if not caught:
            fail("self-test: a total's formula changed by +1 went unnoticed")
        for message in caught:
            print("self-test, caught as it should be: " + message)
        print("self-test: wrong cached values were recalculated")
        print("%d workbooks, %d cells compared" % (len(all_cases), total))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for message in failures:
        print("FAIL: " + message, file=sys.stderr)
    if failures:
        sys.exit("check_xlsx_recalc: %d failure(s)" % len(failures))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Render the HTML report of every example and of tests/data/hostile/names.*.yaml in headless Chromium
and fail on a blank page, any console message (a CSP violation included) or any network request
the page makes.

    check_html_report.py TENDERSCORE SOURCE_DIR [--keep DIR]

Installs Debian's chromium when it is missing (apt-get as root, else sudo -n) and fails when it
cannot. Before the examples it checks itself: a blank page must be found blank, a half-black page
must measure half dark, a page breaking its Content-Security-Policy must be found noisy, and a
page fetching an image must be caught by the proxy. Python standard library only.
"""
import argparse
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import zlib

# Chromium 156 itself talks to these hosts at start-up (component updater, sign-in, network
# time) whatever the flags; those connections are reported but not held against the page.
# Any other connection, or any request carrying a page's fetch headers, fails the test.
BROWSER_SERVICE_HOSTS = {
    "accounts.google.com",
    "clients2.google.com",
    "clientservices.googleapis.com",
    "redirector.gvt1.com",
    "update.googleapis.com",
}
PAGE_FETCH_HEADERS = (b"\r\nsec-fetch-dest:", b"\r\nreferer:")
MIN_INK = 0.005  # share of dark colour samples below which a screenshot counts as blank


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def find_chromium():
    # The real binary, not Debian's wrapper script: the wrapper adds API keys and extensions.
    for path in ("/usr/lib/chromium/chromium", shutil.which("chromium") or ""):
        if path and os.access(path, os.X_OK):
            return path
    return None


def ensure_chromium():
    found = find_chromium()
    if found:
        return found
    if os.geteuid() == 0:
        prefix = []
    elif shutil.which("sudo"):
        prefix = ["sudo", "-n"]
    else:
        fail("chromium is not installed and neither root nor sudo is available to install it "
             "(apt-get install -y --no-install-recommends chromium)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # Another test may be installing at the same time: wait for the dpkg lock.
    install = prefix + ["apt-get", "-o", "DPkg::Lock::Timeout=900", "install", "-y",
                        "--no-install-recommends", "chromium"]
    print("installing chromium:", " ".join(install), flush=True)
    if subprocess.run(install, env=env).returncode != 0:
        subprocess.run(prefix + ["apt-get", "-o", "DPkg::Lock::Timeout=900", "update"], env=env)
        if subprocess.run(install, env=env).returncode != 0:
            fail("could not install chromium with: " + " ".join(install))
    found = find_chromium()
    if not found:
        fail("chromium was installed but no executable was found")
    return found


class Recorder:
    """A stand-in HTTP proxy on 127.0.0.1 that answers 403 and records every connection."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.requests = []
        self.lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(5)
            data = b""
            try:
                while b"\r\n\r\n" not in data and len(data) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n"
                             b"Connection: close\r\n\r\n")
            except OSError:
                pass
            conn.close()
            with self.lock:
                self.requests.append(data)

    def take(self):
        with self.lock:
            taken, self.requests = self.requests, []
        return taken


def request_host(data):
    line = data.split(b"\r\n", 1)[0].decode("latin-1")
    parts = line.split(" ")
    target = parts[1] if len(parts) > 1 else ""
    if "://" in target:
        target = target.split("://", 1)[1]
    return target.split("/", 1)[0].split(":", 1)[0].lower(), line


def page_requests(requests):
    """Return the request lines of `requests` that are not the browser's own service traffic."""
    found = []
    for data in requests:
        if not data.strip():
            # A connection that never sent a request line: Chromium opens spare sockets to its
            # proxy ahead of need (seen once in CI). Nothing was asked for, so nothing was loaded.
            continue
        host, line = request_host(data)
        lower = data.lower()
        if host not in BROWSER_SERVICE_HOSTS or any(h in lower for h in PAGE_FETCH_HEADERS):
            found.append(line)
    return found


def unfilter(kind, line, previous, channels):
    """Undo the PNG filter `kind` of the scanline `line` (bytes) given the decoded `previous`."""
    if kind == 0:
        return line
    n = len(line)
    if kind == 2:
        # Bytewise addition modulo 256 of two n-byte integers, without carries between bytes.
        low = int.from_bytes(b"\x7f" * n, "big")
        a, b = int.from_bytes(line, "big"), int.from_bytes(previous, "big")
        return (((a & low) + (b & low)) ^ ((a ^ b) & ~low & ((1 << (8 * n)) - 1))).to_bytes(n, "big")
    out = bytearray(line)
    if kind == 1:
        for i in range(channels, n):
            out[i] = (out[i] + out[i - channels]) & 0xFF
    elif kind == 3:
        for i in range(n):
            left = out[i - channels] if i >= channels else 0
            out[i] = (out[i] + ((left + previous[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(n):
            if i >= channels:
                a, c = out[i - channels], previous[i - channels]
            else:
                a = c = 0
            b = previous[i]
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            out[i] = (out[i] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 0xFF
    else:
        raise ValueError(f"bad PNG filter {kind}")
    return bytes(out)


DARK = bytes(1 if value < 235 else 0 for value in range(256))


def png_ink(path):
    """Return the share of colour samples of the PNG at `path` darker than near-white (235)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytes(stride)
    dark = 0
    for y in range(height):
        start = y * (stride + 1)
        line = unfilter(raw[start], raw[start + 1:start + 1 + stride], previous, channels)
        # Alpha samples of an opaque screenshot are 255, never dark.
        dark += line.translate(DARK).count(1)
        previous = line
    return dark / (width * height * min(channels, 3))


def render(chromium, recorder, page, screenshot, profile):
    """Render `page` once; return (console lines, page request lines, ink share)."""
    args = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", "--disable-features=NetworkTimeServiceQuerying",
        "--disable-dev-shm-usage", f"--user-data-dir={profile}",
        "--enable-logging=stderr", "--v=0",
        f"--proxy-server=http://127.0.0.1:{recorder.port}", "--proxy-bypass-list=<-loopback>",
        f"--screenshot={screenshot}", "--window-size=1280,2000",
        "file://" + os.path.abspath(page),
    ]
    recorder.take()
    try:
        done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=90)
    except subprocess.TimeoutExpired:
        fail(f"chromium did not finish rendering {page} within 90 s")
    log = done.stderr.decode("utf-8", "replace").splitlines()
    console = [line for line in log
               if ":CONSOLE" in line or "Content Security Policy" in line or "Refused to" in line]
    if done.returncode != 0 or not os.path.exists(screenshot):
        fail(f"chromium failed on {page} (exit {done.returncode}):\n" + "\n".join(log[-20:]))
    return console, page_requests(recorder.take()), png_ink(screenshot)


def self_test(chromium, recorder, work):
    csp = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">")
    pages = {
        "blank": "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>",
        "half": "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div style=\""
                "position:fixed;left:0;top:0;width:640px;height:1000px;background:#000\"></div>"
                "</body></html>",
        "broken": "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + csp + "</head><body>"
                  "<h1>A page that breaks its policy</h1><script>document.title='x'</script>"
                  "</body></html>",
        "fetching": "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><h1>A page "
                    "that fetches</h1><img src=\"http://tenderscore-selftest.invalid/x.png\">"
                    "</body></html>",
    }
    results = {}
    for name, html in pages.items():
        page = os.path.join(work, f"selftest-{name}.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html)
        results[name] = render(chromium, recorder, page, os.path.join(work, f"{name}.png"),
                               tempfile.mkdtemp(prefix="profile-", dir=work))
    if results["blank"][2] >= MIN_INK:
        fail(f"self-test: a blank page was not found blank (ink {results['blank'][2]:.4f})")
    if not 0.24 < results["half"][2] < 0.26:
        fail(f"self-test: a page half black measured {results['half'][2]:.4f} ink, not 0.25")
    if not results["broken"][0]:
        fail("self-test: a page breaking its Content-Security-Policy logged no console message")
    if not any("tenderscore-selftest.invalid" in r for r in results["fetching"][1]):
        fail("self-test: the proxy did not see the image a page fetched")
    print("self-test ok: blank and half-black pages measured, CSP violation and network "
          "fetch caught", flush=True)


def example_inputs(source_dir):
    """(name, [tender, bids...]) of every example, from examples/inputs.txt."""
    runs = []
    with open(os.path.join(source_dir, "examples", "inputs.txt"), encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if words and not words[0].startswith("#"):
                runs.append((words[0], [os.path.join(source_dir, w) for w in words[1:]]))
    return runs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tenderscore")
    parser.add_argument("source_dir")
    parser.add_argument("--keep", help="write the pages and screenshots here")
    options = parser.parse_args()
    chromium = ensure_chromium()
    work = options.keep or tempfile.mkdtemp(prefix="tenderscore-browser-")
    os.makedirs(work, exist_ok=True)
    recorder = Recorder()
    self_test(chromium, recorder, work)
    runs = example_inputs(options.source_dir)
    if not runs:
        fail(f"no example in {options.source_dir}/examples/inputs.txt")
    # Bidder names, titles and comments that try to inject markup, rendered for real.
    hostile = os.path.join(options.source_dir, "tests", "data", "hostile")
    runs.append(("hostile-names", [os.path.join(hostile, "names.tender.yaml"),
                                   os.path.join(hostile, "names.bids.yaml")]))
    failures = 0
    for name, inputs in runs:
        page = os.path.join(work, f"{name}.html")
        made = subprocess.run([options.tenderscore, "report", *inputs,
                               "--format", "html", "-o", page],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if made.returncode != 0:
            print(f"FAIL {name}: tenderscore report exited {made.returncode}:\n"
                  + made.stderr.decode("utf-8", "replace"), file=sys.stderr)
            failures += 1
            continue
        console, requests, ink = render(chromium, recorder, page,
                                        os.path.join(work, f"{name}.png"),
                                        tempfile.mkdtemp(prefix="profile-", dir=work))
        problems = [f"console: {line}" for line in console]
        problems += [f"network request: {line}" for line in requests]
        if ink < MIN_INK:
            problems.append(f"blank page: only {ink:.2%} of the screenshot is not white")
        for problem in problems:
            print(f"FAIL {name}: {problem}", file=sys.stderr)
        failures += 1 if problems else 0
        print(f"{name}: {'FAIL' if problems else 'ok'} (ink {ink:.1%})", flush=True)
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks the scan page as a browser rendered it.

usage: check_html_page.py PAGE.html DOM.html SCREENSHOT.png EXPECTED.json

PAGE is smsguard's page; DOM is what `chromium --headless --dump-dom` made of it; SCREENSHOT is its
`--screenshot`. EXPECTED holds the counts the page must show ({"read": 20, ...}). The page must load
nothing (no script, no src, no stylesheet link, only mailto: and #fragment links); the rendered DOM
must show the expected counts; the screenshot must be a real picture of the expected size.
"""
import json
import struct
import sys
import zlib
from html.parser import HTMLParser

failures = []


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.counts, self.current, self.in_value = {}, None, False
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "div" and (attrs.get("id") or "").startswith("count-"):
            self.current = attrs["id"][6:]
        if tag == "div" and attrs.get("class") == "value" and self.current:
            self.in_value = True

    def handle_data(self, data):
        if self.in_value and data.strip():
            self.counts[self.current] = int(data.strip().replace(",", ""))
            self.in_value, self.current = False, None


def check_offline(path):
    page = Page()
    page.feed(open(path, encoding="utf-8").read())
    for tag, attrs in page.tags:
        if tag in ("script", "iframe", "object", "embed", "link", "img", "audio", "video", "base"):
            failures.append(f"page has a <{tag}> element")
        if "src" in attrs or "srcset" in attrs:
            failures.append(f"<{tag}> loads {attrs.get('src') or attrs.get('srcset')}")
        href = attrs.get("href")
        if href is not None and not (href.startswith("mailto:") or href.startswith("#")):
            failures.append(f"link to {href}")
        if any(name.startswith("on") for name in attrs):
            failures.append(f"<{tag}> has an event handler")


def check_png(path, width, height):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        failures.append("screenshot is not a PNG")
        return
    w, h = struct.unpack(">II", data[16:24])
    if (w, h) != (width, height):
        failures.append(f"screenshot is {w}x{h}, expected {width}x{height}")
    idat, offset = b"", 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            idat += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    pixels = zlib.decompress(idat)
    distinct = len(set(pixels[i] for i in range(0, len(pixels), 97)))
    if distinct < 40:
        failures.append(f"screenshot looks blank ({distinct} distinct byte values)")


def main():
    page, dom, screenshot, expected_path = sys.argv[1:5]
    expected = json.load(open(expected_path))
    check_offline(page)
    rendered = Page()
    rendered.feed(open(dom, encoding="utf-8").read())
    for key, value in expected["counts"].items():
        if rendered.counts.get(key) != value:
            failures.append(f"rendered page shows {key} = {rendered.counts.get(key)}, expected {value}")
    text = open(dom, encoding="utf-8").read()
    for needle in expected.get("texts", []):
        if needle not in text:
            failures.append(f"rendered page lacks {needle!r}")
    check_png(screenshot, *expected["size"])
    for failure in failures:
        print("FAIL", failure)
    print("html page:", "ok" if not failures else f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

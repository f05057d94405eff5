#!/usr/bin/env python3
"""Checks smsguard's report drafts with an independent parser: Python's standard `email` package.

usage: verify_drafts.py DRAFT_DIR --expected SPOOFED.jsonl --registry REGISTRY.json [--hostile]

For every shop with spoofed messages in SPOOFED.jsonl (the output of `smsguard scan --jsonl --only
spoofed`) that names a report address in REGISTRY.json, there must be one draft that parses, is
addressed To that address, has a decoded Subject naming the shop, mentions every spoofing sender in its
text, and attaches a CSV and a JSON listing exactly those messages. Every draft may carry only the
headers smsguard writes; no header line is longer than 78 characters and no line longer than 998 octets.
With --hostile, the drafts come from input built to inject headers: the same rules must hold.
"""
import argparse
import csv
import io
import json
import os
import sys
from email import policy
from email.parser import BytesParser

ALLOWED = {"from", "to", "subject", "date", "message-id", "x-unsent", "x-mailer", "mime-version", "content-type"}
failures = []


def fail(draft, message):
    failures.append(f"{draft}: {message}")


def raw_checks(name, data):
    head, _, _ = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if len(line) > 78:
            fail(name, f"header line longer than 78 characters: {line[:60]!r}...")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            fail(name, "a line longer than 998 octets")
    if b"\x00" in data:
        fail(name, "NUL byte in the message")
    if data.count(b"\n") != data.count(b"\r\n"):
        fail(name, "a bare LF: lines must end in CRLF")


def parts(message):
    body, attachments = None, {}
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        content_type = part.get_content_type()
        if filename:
            attachments[os.path.splitext(filename)[1]] = part.get_content()
        elif content_type == "text/plain" and body is None:
            body = part.get_content()
    return body, attachments


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("drafts")
    parser.add_argument("--expected", required=True)
    parser.add_argument("--registry", required=True)
    parser.add_argument("--hostile", action="store_true")
    args = parser.parse_args()

    shops = {shop["id"]: shop for shop in json.load(open(args.registry, encoding="utf-8"))["shops"]}
    expected = {}
    with open(args.expected, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                item = json.loads(line)
                for shop in item["shops"]:
                    expected.setdefault(shop, []).append(item)

    drafts = {}
    for name in sorted(os.listdir(args.drafts)):
        if not name.endswith(".eml"):
            continue
        data = open(os.path.join(args.drafts, name), "rb").read()
        raw_checks(name, data)
        message = BytesParser(policy=policy.default).parsebytes(data)
        extra = {key.lower() for key in message.keys()} - ALLOWED
        if extra:
            fail(name, f"unexpected headers {sorted(extra)}")
        for key in ("to", "subject", "date", "message-id", "mime-version", "content-type"):
            if len(message.get_all(key, [])) != 1:
                fail(name, f"{key} appears {len(message.get_all(key, []))} times")
        if message.get("X-Unsent") != "1":
            fail(name, "no X-Unsent: 1")
        if message.get_content_type() != "multipart/mixed":
            fail(name, f"top-level type {message.get_content_type()}, expected multipart/mixed")
        drafts[name.split("-spoofed-sms-")[0]] = (name, message)

    for shop_id, items in sorted(expected.items()):
        shop = shops.get(shop_id)
        if shop is None or not shop.get("reportEmail"):
            if shop_id in drafts:
                fail(drafts[shop_id][0], "a draft for a shop that names no report address")
            continue
        if shop_id not in drafts:
            fail(shop_id, "no draft for a shop with spoofed messages and a report address")
            continue
        name, message = drafts[shop_id]
        to = str(message["to"]).strip("<> ")
        if to != shop["reportEmail"]:
            fail(name, f"To is {to!r}, expected {shop['reportEmail']!r}")
        subject = str(message["subject"])
        if shop["names"][0] not in subject or shop_id not in subject:
            fail(name, f"decoded Subject {subject!r} does not name the shop")
        body, attachments = parts(message)
        if body is None:
            fail(name, "no text/plain body")
            continue
        for item in items:
            if item["senderCanonical"] not in body:
                fail(name, f"sender {item['senderCanonical']} of message {item['index']} is not in the text")
        if ".csv" not in attachments or ".json" not in attachments:
            fail(name, f"attachments {sorted(attachments)}, expected .csv and .json")
            continue
        rows = list(csv.DictReader(io.StringIO(attachments[".csv"])))
        if [row["sender_canonical"] for row in rows] != [item["senderCanonical"] for item in items]:
            fail(name, "the CSV attachment does not list exactly the spoofed messages")
        evidence = json.loads(attachments[".json"])
        if [m["senderCanonical"] for m in evidence["messages"]] != [item["senderCanonical"] for item in items]:
            fail(name, "the JSON attachment does not list exactly the spoofed messages")

    if not drafts:
        fail(args.drafts, "no drafts to check")
    for line in failures:
        print("FAIL", line)
    print(f"checked {len(drafts)} drafts: {'ok' if not failures else f'{len(failures)} problems'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

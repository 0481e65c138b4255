#!/usr/bin/env python3
"""Writes every expression and message template of the rule packs into a corpus folder.

Usage: extract-expressions.py OUT_DIR PACK_DIR...

One file per `when`, `message` and `aggregate.group_by` text, named by the rule and key, so
the expression fuzzer starts from the language as the packs actually use it.
"""
import pathlib
import sys

import yaml


def expressions(rule):
    for key in ("when", "message"):
        if isinstance(rule.get(key), str):
            yield key, rule[key]
    aggregate = rule.get("aggregate")
    if isinstance(aggregate, dict) and isinstance(aggregate.get("group_by"), str):
        yield "group_by", aggregate["group_by"]


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for pack in sys.argv[2:]:
        for path in sorted(pathlib.Path(pack).rglob("*.yaml")):
            try:
                rule = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError):
                continue  # broken fixtures are the YAML fuzzer's seeds, not this one's
            if not isinstance(rule, dict):
                continue
            for key, text in expressions(rule):
                name = f"{rule.get('id', path.stem)}-{key}".replace("/", "_")
                (out / name).write_text(text, encoding="utf-8")
                count += 1
    print(f"{count} expressions from the packs")


main()

#!/usr/bin/env python3
"""Validates case, rule or catalogue files against one of audit's JSON Schemas with Python's
jsonschema, reading YAML as audit does.

usage: scripts/validate-schema.py SCHEMA FILE...
  e.g. scripts/validate-schema.py docs/schemas/case.schema.json Cases/*.yaml

PyYAML's safe_load follows YAML 1.1: it turns an unquoted 2023-08-20 into a date and
`country: NO` into false, so a valid case fails its schema (dates must be text, Norway a
country). audit reads every scalar by the schema instead; this loader comes close enough for
validation: no timestamps, and only true/false are booleans. Needs `pip install jsonschema
pyyaml`. Exit 0 when every file is valid, 1 otherwise."""
import json
import re
import sys

import jsonschema
import yaml


class AuditLoader(yaml.SafeLoader):
    """YAML as audit reads it: dates stay text, and only true and false are booleans."""


AuditLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
AuditLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as file:
        validator = jsonschema.Draft202012Validator(json.load(file))
    status = 0
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as file:
            document = yaml.load(file, Loader=AuditLoader)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(top)"
            print(f"{path}: {where}: {error.message}")
        status = status or (1 if errors else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

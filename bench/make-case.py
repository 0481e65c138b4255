#!/usr/bin/env python3
"""Writes a synthetic case of N actions for timing `audit` (not a real case).

Usage: bench/make-case.py N > /tmp/big.yaml
It reuses the shipped ARCS case's organisations, people, sources, types and tags, so
every shipped rule has something to evaluate.
"""
import copy
import random
import sys

import yaml

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
random.seed(42)
base = yaml.safe_load(open("Cases/arcs.yaml", encoding="utf-8"))
templates = base["actions"]
for source in base["sources"]:
    source.pop("archive", None)
actions = []
for i in range(n):
    action = copy.deepcopy(random.choice(templates))
    action["id"] = f"synthetic-{i:06d}"
    action["date"] = f"2023-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    actions.append(action)
base["case"]["id"] = "synthetic"
base["actions"] = actions


class NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


yaml.dump(base, sys.stdout, Dumper=NoAliases, allow_unicode=True, sort_keys=False, width=100)

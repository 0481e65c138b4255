#!/usr/bin/env python3
"""Writes a deterministic, monitoring-shaped synthetic case for timing `audit` (not a real case).

Usage: bench/make-case.py ACTS [--shape plain|rich] [--breach-rate R] [--seed S] > /tmp/case.yaml

Every act is by its own person (ACTS acts, ACTS distinct people), with evidence from a pool of
sources; the organisations are the shipped ARCS case's. A fraction R (default 0.05) of the
acts repeat the type, tags and targets of one of the ARCS case's acts, so the shipped rules
fire on them (and the pattern rules see long windows); the rest are ordinary humanitarian work
that no rule should match. A fraction R of the people also hold a seat in parliament. The same
arguments always write the same bytes.

Two shapes:
  plain  (the default) one-line summaries, one or two short evidence items: about 480 bytes
         an act, all ASCII.
  rich   as rich as the shipped case's own acts: each act carries the summary, quote and every
         evidence item (quote, locator, kind, credibility) of an ARCS act (at least
         two items, borrowing the next act's when it has one), with their curly quotes and
         pilcrows: about 1.36 KB an act, its person included (the plain shape: 480 bytes).
"""
import argparse
import random
import sys

import yaml

QUIET = [
    ("humanitarian_operation", ["prioritises_by_need"]),
    ("humanitarian_operation", ["auxiliary_role_cooperation"]),
    ("public_statement", ["describes_humanitarian_need"]),
    ("public_statement", ["calls_for_humanitarian_access"]),
    ("social_media_post", ["calls_for_respect_of_ihl"]),
    ("social_media_post", []),
    ("meeting", ["offers_support_to_component"]),
]
STAFF_ROLES = ["volunteer", "staff", "member", "branch_head", "spokesperson"]
KINDS = ["fact", "words", "fact", "analysis"]


def scalar(text):
    """A double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def rich_evidence(templates, t):
    """The evidence items of ARCS act `t`, at least two (the next act's first item borrowed)."""
    items = list(t.get("evidence", []))
    k = templates.index(t)
    while len(items) < 2:
        k = (k + 1) % len(templates)
        items += templates[k].get("evidence", [])[:1]
    return items


def day(rng, first=738490, span=395):
    """A date in the ARCS period (1 December 2022 + up to 395 days), sometimes a month only."""
    import datetime

    d = datetime.date.fromordinal(first + rng.randrange(span))
    return d.strftime("%Y-%m") if rng.random() < 0.1 else d.isoformat()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("acts", type=int, nargs="?", default=10000)
    parser.add_argument("--shape", choices=["plain", "rich"], default="plain")
    parser.add_argument("--breach-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--base", default="Cases/arcs.yaml")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    base = yaml.safe_load(open(args.base, encoding="utf-8"))
    templates = base["actions"]
    roles = {
        p["id"]: [(pos["organization"], pos["role"]) for pos in p.get("positions", [])]
        for p in base["people"]
    }
    n = args.acts
    width = max(6, len(str(n)))
    out = sys.stdout
    w = out.write
    w("# Synthetic case written by bench/make-case.py: not a real case.\n")
    w("case:\n  id: synthetic\n  title: Synthetic monitoring case\n  subject: arcs\n")
    w("  period: {from: 2022-12-01, to: 2023-12-31}\n")
    w(f"  summary: {n} acts by {n} people, breach rate {args.breach_rate}, seed {args.seed}.\n")
    w("organizations:\n")
    for o in base["organizations"]:
        w(f"  - {{id: {o['id']}, name: {scalar(o['name'])}, type: {o['type']}}}\n")
    sources = max(5, n // 200)
    w("sources:\n")
    for s in range(sources):
        kind = "news_report" if s % 3 else "social_media"
        grade = "BC"[s % 2]
        w(f"  - {{id: src-{s:05d}, title: \"Monitoring feed {s}\", type: {kind}, ")
        w(f"reliability: {grade}, url: \"https://example.org/feed/{s}\"}}\n")
    # Decide every act first, so each person's positions can be written before the acts.
    acts = []
    for i in range(n):
        if rng.random() < args.breach_rate:
            t = rng.choice(templates)
            acts.append((i, t))
        else:
            acts.append((i, None))
    w("people:\n")
    # The ARCS case's own people, whom some acts target.
    for person, held in roles.items():
        w(f"  - id: {person}\n    name: {person.title()}\n    positions:\n")
        for org, role in held:
            w(f"      - {{organization: {org}, role: {role}}}\n")
    for i, t in acts:
        pid = f"p{i:0{width}d}"
        if t is not None and t["actor"] in roles:
            held = roles[t["actor"]]
        else:
            held = [("arcs", rng.choice(STAFF_ROLES))]
        if t is not None and rng.random() < args.breach_rate * 4:
            held = held + [("az-parliament", "member_of_parliament")]
        w(f"  - id: {pid}\n    name: Person {i}\n    positions:\n")
        for org, role in held:
            w(f"      - {{organization: {org}, role: {role}, from: 2015}}\n")
    w("actions:\n")
    for i, t in acts:
        if args.shape == "rich":
            write_rich_act(w, rng, templates, roles, sources, width, i, t)
            continue
        pid = f"p{i:0{width}d}"
        w(f"  - id: a{i:0{width}d}\n    date: {day(rng)}\n")
        if t is None:
            kind, tags = rng.choice(QUIET)
            w(f"    actor: {pid}\n    type: {kind}\n")
            w(f"    summary: Act {i}, ordinary humanitarian work recorded by the monitors.\n")
            if tags:
                w(f"    tags: [{', '.join(tags)}]\n")
        else:
            actor = pid if t["actor"] in roles else t["actor"]
            w(f"    actor: {actor}\n")
            if t.get("on_behalf_of") and actor == pid:
                w(f"    on_behalf_of: {t['on_behalf_of']}\n")
            w(f"    type: {t['type']}\n")
            w(f"    summary: Act {i}, shaped like {t['id']}.\n")
            if t.get("targets"):
                w(f"    targets: [{', '.join(t['targets'])}]\n")
            if t.get("tags"):
                w(f"    tags: [{', '.join(t['tags'])}]\n")
        if rng.random() < 0.5:
            w(f"    quote: \"Words of act {i}\"\n")
        w("    evidence:\n")
        for _ in range(1 + (rng.random() < 0.3)):
            s = rng.randrange(sources)
            w(f"      - {{source: src-{s:05d}, quote: \"Item {i} as the feed recorded it\", ")
            w(f"credibility: {rng.choice([2, 2, 3])}, kind: {rng.choice(KINDS)}}}\n")
    if n >= 2:
        w("episodes:\n")
        for e in range(0, n - 1, 100):
            w(f"  - {{id: e{e:0{width}d}, title: Episode {e}, ")
            w(f"actions: [a{e:0{width}d}, a{e + 1:0{width}d}]}}\n")


def write_rich_act(w, rng, templates, roles, sources, width, i, t):
    """Act `i` in the rich shape: an ARCS act's text (its own, or a drawn one when `t` is None,
    the act then being ordinary work) with every evidence item and locator."""
    pid = f"p{i:0{width}d}"
    text = t if t is not None else rng.choice(templates)
    w(f"  - id: a{i:0{width}d}\n    date: {day(rng)}\n")
    if t is None:
        kind, tags = rng.choice(QUIET)
        w(f"    actor: {pid}\n    type: {kind}\n")
        w(f"    summary: {scalar(text['summary'])}\n")
        if tags:
            w(f"    tags: [{', '.join(tags)}]\n")
    else:
        actor = pid if t["actor"] in roles else t["actor"]
        w(f"    actor: {actor}\n")
        if t.get("on_behalf_of") and actor == pid:
            w(f"    on_behalf_of: {t['on_behalf_of']}\n")
        w(f"    type: {t['type']}\n")
        w(f"    summary: {scalar(text['summary'])}\n")
        if t.get("targets"):
            w(f"    targets: [{', '.join(t['targets'])}]\n")
        if t.get("tags"):
            w(f"    tags: [{', '.join(t['tags'])}]\n")
    if text.get("quote"):
        w(f"    quote: {scalar(text['quote'])}\n")
    w("    evidence:\n")
    for item in rich_evidence(templates, text):
        s = rng.randrange(sources)
        w(f"      - {{source: src-{s:05d}, quote: {scalar(item['quote'])}, ")
        w(f"locator: {scalar(item['locator'])}, credibility: {item['credibility']}, ")
        w(f"kind: {item['kind']}}}\n")


if __name__ == "__main__":
    main()

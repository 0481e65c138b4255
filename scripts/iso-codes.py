#!/usr/bin/env python3
"""Prints the code lists of Sources/AuditCore/ISOCodes.swift from pycountry's ISO tables
(`pip install pycountry`): ISO 3166-1 alpha-2 countries, ISO 639-1 and ISO 639-3 languages,
one list per line, for comparing with the Swift file when pycountry is updated."""
import pycountry

print(" ".join(sorted(c.alpha_2 for c in pycountry.countries)))
print(" ".join(sorted(l.alpha_2 for l in pycountry.languages if hasattr(l, "alpha_2"))))
print(" ".join(sorted(l.alpha_3 for l in pycountry.languages)))

#!/usr/bin/env python3
"""Fills the long code lists of the schemas from the crate's ISO tables.

Usage (from the crate's root):

    python3 tools/gen-schema-enums.py          # rewrite the schemas in place
    python3 tools/gen-schema-enums.py --check  # exit 1 if they are out of date

Run it after tools/gen-iso-tables.py has regenerated src/model/country/table.rs or
src/model/currency/table.rs. It reads every `alpha2: "XX"` of src/model/country/table.rs and every
`code: "XXX"` of src/model/currency/table.rs, then

- in schema/release.schema.json, sets `$defs.countryCode.enum` and `$defs.currencyCode.enum`
  and writes the whole file back in its canonical layout (two-space indent, ASCII only,
  long code lists wrapped);
- in schema/release.xsd, replaces the lines between the marker comments
  `<!-- BEGIN generated: NAME -->` and `<!-- END generated: NAME -->` (NAME is
  `country codes` or `currency codes`) with one `xs:enumeration` per code.

Everything else in the schemas is written by hand. tests/schema.rs checks that the lists
match `Country::all()` and `Currency::all()`, so a stale schema fails the tests.
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
JSON_SCHEMA = ROOT / "schema" / "release.schema.json"
XSD = ROOT / "schema" / "release.xsd"


def codes(table: str, field: str, length: int) -> list:
    text = (ROOT / table).read_text(encoding="utf-8")
    found = re.findall(r'\b%s: "([A-Z]{%d})"' % (field, length), text)
    if not found or len(found) != len(set(found)):
        sys.exit(f"{table}: no codes or duplicate codes found for `{field}`")
    return sorted(found)


def dump(value, indent: int = 0) -> str:
    """JSON with two-space indent; short lists of scalars stay on one line, long lists
    of short strings are wrapped."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k)}: {dump(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in value):
            one_line = "[" + ", ".join(json.dumps(v) for v in value) + "]"
            if len(pad) + len(one_line) <= 100:
                return one_line
            lines, line = [], ""
            for v in value:
                piece = json.dumps(v) + ","
                if line and len(inner) + len(line) + 1 + len(piece) > 100:
                    lines.append(line)
                    line = piece
                else:
                    line = f"{line} {piece}" if line else piece
            lines.append(line.rstrip(","))
            return "[\n" + "\n".join(inner + l for l in lines) + "\n" + pad + "]"
        return "[\n" + ",\n".join(inner + dump(v, indent + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value)


def json_schema(countries: list, currencies: list) -> str:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    schema["$defs"]["countryCode"]["enum"] = countries
    schema["$defs"]["currencyCode"]["enum"] = currencies
    return dump(schema) + "\n"


def xsd(countries: list, currencies: list) -> str:
    text = XSD.read_text(encoding="utf-8")
    for name, values in (("country codes", countries), ("currency codes", currencies)):
        pattern = re.compile(
            r"(?P<begin>^(?P<indent>[ \t]*)<!-- BEGIN generated: %s -->\n)"
            r".*?"
            r"(?P<end>^[ \t]*<!-- END generated: %s -->)" % (re.escape(name), re.escape(name)),
            re.M | re.S,
        )
        match = pattern.search(text)
        if match is None:
            sys.exit(f"{XSD}: markers for {name} not found")
        indent = match.group("indent")
        body = "".join(f'{indent}<xs:enumeration value="{v}"/>\n' for v in values)
        text = text[: match.start()] + match.group("begin") + body + match.group("end") + text[match.end():]
    return text


def main() -> None:
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        sys.exit(__doc__)
    countries = codes("src/model/country/table.rs", "alpha2", 2)
    currencies = codes("src/model/currency/table.rs", "code", 3)
    stale = []
    for path, new in ((JSON_SCHEMA, json_schema(countries, currencies)), (XSD, xsd(countries, currencies))):
        if path.read_text(encoding="utf-8") != new:
            stale.append(path.relative_to(ROOT))
            if not check:
                path.write_text(new, encoding="utf-8")
    if check and stale:
        sys.exit("out of date (run python3 tools/gen-schema-enums.py): " + ", ".join(map(str, stale)))
    for path in stale:
        print(f"rewrote {path}")


if __name__ == "__main__":
    main()

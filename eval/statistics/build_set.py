#!/usr/bin/env python3
"""Builds set.jsonl from the hand-written annotation files annotations/rows_*.py.

Each rows file defines ROWS, a list made with R(source, sentence, stats, negatives),
S(text, value, unit, measure, category, qualifier="exact", role=None, range_end=None,
substance=None) and N(text, why).  This script only reshapes and checks; it does not extract
anything.

`python3 build_set.py [DIR]` builds the set in DIR (default: this script's directory, the
English set), with the crate's `Substance` codes as the vocabulary of the optional
`substance` of a statistic (read from `src/model/substance.rs`, so the check follows the
model).  Another set reuses it through `main(directory, title=..., substances=...)` (see
`../statistics-ru/build_set.py`); `substances=None` refuses every `substance`.
"""
import glob, json, os, re, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
UNITS = {"count","t","kg","g","mg","lb","oz","l","ml","m3","ha","m2","percent","year","month","week","day","hour","factor"}
QUALS = {"exact","over","at_least","almost","about","up_to","less_than"}
CATS = {"mass","count","currency","percent","duration","area","volume","factor","change"}
WHYS = {"date","year","age","identifier","legal","page","phone","list-number","other"}

def substance_codes():
    """The stable codes of `Substance`, as listed in the model's table of variants."""
    text = open(os.path.join(ROOT, "src", "model", "substance.rs"), encoding="utf-8").read()
    codes = set(re.findall(r'^\s+[A-Z]\w* => "([a-z_]+)", "', text, re.M))
    if not codes:
        sys.exit("no Substance codes found in src/model/substance.rs")
    return codes

def S(text, value, unit, measure, category, qualifier="exact", role=None, range_end=None, substance=None):
    d = {"text": text, "value": value}
    if range_end is not None:
        d["range_end"] = range_end
    d.update({"unit": unit, "qualifier": qualifier, "measure": measure, "category": category})
    if role is not None:
        d["role"] = role
    if substance is not None:
        d["substance"] = substance
    return d

def N(text, why):
    return {"text": text, "why": why}

def R(source, sentence, stats=(), negs=()):
    return {"source": source, "sentence": sentence, "statistics": list(stats), "negatives": list(negs)}

def check(row, substances=None):
    errs = []
    s = row["sentence"]
    for st in row["statistics"]:
        if st["text"] not in s: errs.append("stat text not in sentence: %r" % st["text"])
        for k in ("value", "range_end"):
            if k in st:
                try: Decimal(st[k])
                except Exception: errs.append("bad decimal %r" % st[k])
                if not re.fullmatch(r"-?\d+(\.\d+)?", st[k]): errs.append("not plain decimal %r" % st[k])
        u = st["unit"]
        if not (u in UNITS or re.fullmatch(r"[A-Z]{3}", u) or u.startswith("other:")): errs.append("bad unit %r" % u)
        if st["qualifier"] not in QUALS: errs.append("bad qualifier %r" % st["qualifier"])
        if st["category"] not in CATS: errs.append("bad category %r" % st["category"])
        if st.get("role") not in (None, "before", "after", "change"): errs.append("bad role")
        if st.get("role") and st["category"] != "change": errs.append("role without change category")
        if "substance" in st and (substances is None or st["substance"] not in substances):
            errs.append("bad substance %r" % st["substance"])
    for n in row["negatives"]:
        if n["text"] not in s: errs.append("neg text not in sentence: %r" % n["text"])
        if n["why"] not in WHYS: errs.append("bad why %r" % n["why"])
    if not row["statistics"] and not row["negatives"]: errs.append("row without anything")
    return errs

TITLE = "# Sources of the statistics evaluation set"

def write_sources(out, here=HERE, title=TITLE):
    from urllib.parse import urlparse
    host = lambda u: urlparse(u).netloc.lower().removeprefix("www.")
    srcs = {}
    for o in out:
        srcs[o["source"]] = srcs.get(o["source"], 0) + 1
    hosts = {host(u) for u in srcs}
    with open(os.path.join(here, "sources.md"), "w", encoding="utf-8") as f:
        f.write(title + "\n\n")
        f.write("Every distinct source address used in `set.jsonl`, as the search tool (corpus `pages`) gave it, "
                "with the number of rows taken from it. %d addresses on %d distinct host names. "
                "This file is written by `build_set.py`.\n\n" % (len(srcs), len(hosts)))
        f.write("| # | host | rows | address |\n|---|---|---|---|\n")
        for i, (u, n) in enumerate(sorted(srcs.items(), key=lambda kv: (host(kv[0]), kv[0])), 1):
            f.write("| %d | %s | %d | <%s> |\n" % (i, host(u), n, u))

def main(here=HERE, title=TITLE, substances=None):
    rows = []
    for f in sorted(glob.glob(os.path.join(here, "annotations", "rows_*.py"))):
        ns = {"R": R, "S": S, "N": N}
        exec(open(f, encoding="utf-8").read(), ns)
        for r in ns["ROWS"]:
            r["_file"] = os.path.basename(f)
            rows.append(r)
    bad = 0; seen = set()
    out = []
    for i, r in enumerate(rows, 1):
        errs = check(r, substances)
        key = r["sentence"]
        if key in seen: errs.append("duplicate sentence")
        seen.add(key)
        if errs:
            bad += 1
            print(r["_file"], r["sentence"][:70], errs, file=sys.stderr)
        o = {"id": "s%04d" % i, "source": r["source"], "sentence": r["sentence"],
             "statistics": r["statistics"], "negatives": r["negatives"]}
        out.append(o)
    with open(os.path.join(here, "set.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    write_sources(out, here, title)
    print("rows", len(out), "bad", bad)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE,
                  substances=substance_codes()))

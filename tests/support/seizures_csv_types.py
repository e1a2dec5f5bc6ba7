#!/usr/bin/env python3
"""What pandas, Polars and DuckDB make of the seizures CSVs (tests/seizures.rs runs this).

Usage: python3 tests/support/seizures_csv_types.py FILE.csv...

Reads every FILE as the module documentation of `caricc_release::collection` tells
analysts to, and prints one line per tool, file and column:

    TOOL<TAB>FILE<TAB>COLUMN<TAB>KIND<TAB>TYPE

KIND is the type's kind: date, decimal (floating point or decimal), integer, boolean, text
or other; TYPE is the tool's own name for it. A tool that is not installed gives one line
`missing<TAB>TOOL<TAB>WHY` instead, so that the caller can say so and go on.
"""

import sys


def kind(name):
    """The kind of a type, from its name in any of the three tools."""
    n = name.lower()
    if n.startswith("datetime64") or n in ("date", "datetime"):
        return "date"
    if n.startswith(("float", "double", "decimal")) or n in ("real",):
        return "decimal"
    if n.startswith(("int", "uint", "bigint", "smallint", "tinyint", "hugeint", "ubigint")):
        return "integer"
    if n in ("bool", "boolean"):
        return "boolean"
    if n in ("object", "str", "string", "utf8", "varchar"):
        return "text"
    return "other"


def with_pandas(path):
    import pandas as pd

    header = pd.read_csv(path, nrows=0).columns
    dates = [c for c in ("date_from", "date_to") if c in header]
    frame = pd.read_csv(path, parse_dates=dates, keep_default_na=False, na_values=[""])
    # The values too: Namibia's "NA" must stay a country.
    if "country" in frame.columns and frame["country"].isna().any():
        raise SystemExit(f"pandas read a country as missing in {path}")
    return [(c, str(t)) for c, t in frame.dtypes.items()]


def with_polars(path):
    import polars as pl

    frame = pl.read_csv(path, try_parse_dates=True, infer_schema_length=None)
    return [(c, str(t)) for c, t in frame.schema.items()]


def with_duckdb(path):
    import duckdb

    rows = duckdb.sql(f"DESCRIBE SELECT * FROM read_csv('{path}')").fetchall()
    return [(r[0], r[1]) for r in rows]


def main(paths):
    for tool, read in (("pandas", with_pandas), ("polars", with_polars), ("duckdb", with_duckdb)):
        try:
            __import__(tool)
        except ImportError as err:
            print(f"missing\t{tool}\t{err}")
            continue
        for path in paths:
            for column, name in read(path):
                print(f"{tool}\t{path}\t{column}\t{kind(name)}\t{name}")


if __name__ == "__main__":
    main(sys.argv[1:])

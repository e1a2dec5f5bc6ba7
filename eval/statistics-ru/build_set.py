#!/usr/bin/env python3
"""Builds the Russian set.jsonl from annotations/rows_*.py with the English set's script.

The rows files use the same R / S / N helpers as the English set (see
`../statistics/build_set.py`); a statistic may carry `substance=`, a code of the crate's
`Substance` (read from `src/model/substance.rs`, so the check follows the model).  This
script only reshapes and checks; it does not extract anything.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "eval", "statistics"))
import build_set as base  # noqa: E402  (the English script, parametrised by directory)


def substance_codes():
    """The stable codes of `Substance`, as listed in the model's table of variants."""
    text = open(os.path.join(ROOT, "src", "model", "substance.rs"), encoding="utf-8").read()
    codes = set(re.findall(r'^\s+[A-Z]\w* => "([a-z_]+)", "', text, re.M))
    if not codes:
        sys.exit("no Substance codes found in src/model/substance.rs")
    return codes


if __name__ == "__main__":
    sys.exit(base.main(HERE, title="# Sources of the Russian statistics evaluation set",
                       substances=substance_codes()))

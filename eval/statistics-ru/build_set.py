#!/usr/bin/env python3
"""Builds the Russian set.jsonl from annotations/rows_*.py with the English set's script.

The rows files use the same R / S / N helpers as the English set (see
`../statistics/build_set.py`); a statistic may carry `substance=`, a code of the crate's
`Substance` (the English script's `substance_codes()` reads them from
`src/model/substance.rs`, so the check follows the model).  This script only reshapes and
checks; it does not extract anything.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "statistics"))
import build_set as base  # noqa: E402  (the English script, parametrised by directory)


if __name__ == "__main__":
    sys.exit(base.main(HERE, title="# Sources of the Russian statistics evaluation set",
                       substances=base.substance_codes()))

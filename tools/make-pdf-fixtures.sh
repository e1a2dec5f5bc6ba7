#!/usr/bin/env bash
# Makes the PDF fixtures of tests/fixtures/pdf/ again: release #16/2025 (tests/golden/) and
# the synthetic release of 100 articles (tests/support/synthetic.rs, its JSON written beside),
# each as a PDF by LibreOffice (from the Flat ODT of tests/support/odt.rs) and by headless
# Chromium (from caricc_release::render::html), with what pdftotext and pdftotext -layout
# read of each and the page each country section starts on (section-pages.tsv). The work is
# the ignored test `write_pdf_fixtures` of tests/pdf_fixtures.rs; this script runs it, then
# records the tools' versions, each PDF's size, pages and fonts (pdfinfo, pdffonts) in
# MANIFEST.txt, and fails if a font has no ToUnicode map or a PDF is over its size limit.
#
# Needs: cargo, soffice (LibreOffice), chromium, poppler-utils (pdftotext, pdfinfo, pdffonts).
# Debian: apt-get install -y libreoffice-writer-nogui chromium poppler-utils fonts-liberation2
# Run from anywhere: bash tools/make-pdf-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo soffice chromium pdftotext pdfinfo pdffonts; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "make-pdf-fixtures: $tool is not installed" >&2
    exit 1
  fi
done

cargo test -q --all-features --test pdf_fixtures -- --ignored --exact write_pdf_fixtures

dir=tests/fixtures/pdf
manifest=$dir/MANIFEST.txt
status=0
{
  echo "# Written by tools/make-pdf-fixtures.sh; do not edit."
  echo "soffice:  $(soffice --version 2>/dev/null | sed -n 1p)"
  echo "chromium: $(chromium --version 2>/dev/null | sed -n 1p)"
  echo "poppler:  $(pdftotext -v 2>&1 | sed -n 1p)"
  echo "fonts:    $(fc-list 2>/dev/null | grep -c -i 'Liberation') Liberation font files (fc-list)"
  for pdf in "$dir"/release-*.pdf "$dir"/synthetic-*.pdf; do
    echo
    echo "== $(basename "$pdf"): $(stat -c %s "$pdf") bytes"
    pdfinfo "$pdf" | grep -E '^(Creator|Producer|Tagged|Pages|Page size|PDF version):'
    pdffonts "$pdf"
  done
} >"$manifest"

for pdf in "$dir"/release-*.pdf "$dir"/synthetic-*.pdf; do
  # pdffonts: name type encoding emb sub uni object-id generation; two header lines.
  if ! pdffonts "$pdf" | awk 'NR > 2 && $(NF-2) != "yes" { bad = 1 } END { exit bad }'; then
    echo "make-pdf-fixtures: $pdf has a font without ToUnicode" >&2
    status=1
  fi
done
cargo test -q --all-features --test pdf_fixtures
echo "made: $(ls "$dir" | tr '\n' ' ')"
exit "$status"

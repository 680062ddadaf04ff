#!/usr/bin/env bash
# Installs the Debian packages the tests use, when missing (run by `npm test`, so the README's test
# command works on a fresh machine):
#   chromium           the web UI's end-to-end test (driven by playwright-core; nothing downloaded)
#   postgresql         the PostgreSQL backfill test (a server started on 127.0.0.1 by the test)
#   fonts-dejavu-core  text rendered for the OCR tests and the browser screenshots
# With --bench, also what the benchmarks compare against:
#   tesseract-ocr      the native OCR baseline of bench/ingest-documents
# As root it installs them with apt-get; otherwise it names them and stops.
set -euo pipefail
PACKAGES=(chromium postgresql fonts-dejavu-core)
if [ "${1:-}" = "--bench" ]; then PACKAGES+=(tesseract-ocr); fi
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"

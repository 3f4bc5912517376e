#!/bin/sh
# Remake the lo-* fixtures with LibreOffice Calc (headless) from the Python-made ones.
# CSV filter tokens: separator, quote, character set (67 GBK, 85 GB18030, 65535 UTF-16,
# 76 UTF-8; rtl/textenc.h), first line, column formats, language, quote all text, detect
# special numbers, save as shown, formulas, remove space, sheet number (2 = the second sheet).
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
src=cover-sheet-hidden-column.xlsx
soffice --headless --convert-to xls --outdir "$out" "$src"
cp "$out/cover-sheet-hidden-column.xls" lo-cover-sheet.xls
soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,67,1,,0,false,true,true,false,false,2" --outdir "$out/gbk" "$src"
cp "$out"/gbk/*.csv lo-gbk.csv
soffice --headless --convert-to "txt:Text - txt - csv (StarCalc):9,34,65535,1,,0,false,true,true,false,false,2" --outdir "$out/utf16" "$src"
cp "$out"/utf16/*.txt lo-utf16-tab.txt
soffice --headless --infilter="Text - txt - csv (StarCalc):44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2" --convert-to "csv:Text - txt - csv (StarCalc):44,34,85" --outdir "$out/gb18030" utf8-no-bom.csv
cp "$out/gb18030/utf8-no-bom.csv" lo-gb18030.csv
rm -rf "$out"

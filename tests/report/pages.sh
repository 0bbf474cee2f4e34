#!/bin/sh
# Print report models' HTML to PDF with Debian's chromium and count the pages.
#
#   tests/report/pages.sh MODEL...
#
# MODEL is a name (typical, hostile, empty: tests/report/NAME.json), a path
# to a model file, or an HTML report already rendered (NAME.html, e.g. by
# "rapport report progress ENG --format html").  For each, prints
# "NAME: A4 N, Letter N" where N counts the pages (pdfinfo): the HTML is
# printed once as rendered (its style sheet asks for A4) and once with the
# page size switched to Letter, so that one page on both sheets is checked.
#
# The HTML comes from the test helper report-render, found in the build tree
# of the rapport on PATH (BUILD/cli/rapport -> BUILD/tests/unit/report-render)
# unless REPORT_RENDER names it.  KEEP=DIR keeps the HTML and PDF files there,
# to look at them (pdftoppm -png -r 80 DIR/typical-a4.pdf DIR/typical).
set -eu

here=$(cd "$(dirname "$0")" && pwd)

# The helper is needed only for models, but looked for in any case: a build
# tree without it is a broken one.
if [ -z "${REPORT_RENDER:-}" ]; then
	rapport=$(command -v rapport) || {
		echo "pages.sh: rapport is not on PATH (set REPORT_RENDER)" >&2
		exit 2
	}
	REPORT_RENDER=$(dirname "$rapport")/../tests/unit/report-render
fi
[ -x "$REPORT_RENDER" ] || {
	echo "pages.sh: no helper at $REPORT_RENDER (build it with ninja)" >&2
	exit 2
}
for tool in chromium pdfinfo; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "pages.sh: $tool is missing (run scripts/deps)" >&2
		exit 2
	}
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${KEEP:-$work}
mkdir -p "$out"

# print HTML PDF: one headless chromium with a profile of its own, no network.
print() {
	profile=$(mktemp -d "$work/profile.XXXXXX")
	if ! timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --disable-extensions --mute-audio --no-pdf-header-footer \
		--user-data-dir="$profile" --print-to-pdf="$2" "file://$1" \
		>"$work/chromium.log" 2>&1 || [ ! -s "$2" ]; then
		echo "pages.sh: chromium could not print $1:" >&2
		tail -n 20 "$work/chromium.log" >&2
		exit 3
	fi
}

pages() {
	pdfinfo "$1" | sed -n 's/^Pages: *//p'
}

for model in "$@"; do
	case $model in
	*.html | *.json | */*) file=$model ;;
	*) file=$here/$model.json ;;
	esac
	case $file in
	*.html)
		name=$(basename "$file" .html)
		cp "$file" "$out/$name-a4.html"
		;;
	*)
		name=$(basename "$file" .json)
		"$REPORT_RENDER" html "$file" >"$out/$name-a4.html"
		;;
	esac
	grep -q 'size: A4;' "$out/$name-a4.html" || {
		echo "pages.sh: $name: the style sheet does not ask for A4" >&2
		exit 3
	}
	sed 's/size: A4;/size: letter;/' "$out/$name-a4.html" >"$out/$name-letter.html"
	print "$out/$name-a4.html" "$out/$name-a4.pdf"
	print "$out/$name-letter.html" "$out/$name-letter.pdf"
	echo "$name: A4 $(pages "$out/$name-a4.pdf"), Letter $(pages "$out/$name-letter.pdf")"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# packaging.translations: every translation is complete. lupdate runs over the program's
# sources into copies of translations/*.ts (as `update_translations` would, but keeping entries
# whose text left the sources, marked vanished); an entry left unfinished, or one that vanished
# (the files were not updated after a text changed), fails the test and is named.
#   check-translations.sh LUPDATE SOURCES-LIST TS...
set -euo pipefail

lupdate=$1
sources=$2
shift 2
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
[[ -x $lupdate ]] || fail "lupdate not found at $lupdate (package qt6-l10n-tools)"
[[ -s $sources ]] || fail "no list of sources at $sources (configure the build first)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
copies=()
for ts in "$@"; do
    cp "$ts" "$scratch/"
    copies+=("$scratch/$(basename "$ts")")
done
"$lupdate" -silent "@$sources" -ts "${copies[@]}" >"$scratch/lupdate.log" 2>&1 ||
    fail "lupdate failed: $(cat "$scratch/lupdate.log")"
# lupdate's warnings (a context it cannot tell, a tr() it cannot read) lose translations too.
if grep -q 'lacks Q_OBJECT\|Cannot invoke tr()' "$scratch/lupdate.log"; then
    fail "lupdate warnings: $(grep 'lacks Q_OBJECT\|Cannot invoke tr()' "$scratch/lupdate.log" | head -n 5)"
fi

status=0
for ts in "${copies[@]}"; do
    name=$(basename "$ts")
    total=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    gone=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    printf '%s: %s messages, %s unfinished, %s vanished\n' "$name" "$total" "$unfinished" "$gone"
    if ((unfinished > 0 || gone > 0)); then
        status=1
        # The first few, so the failure says what to translate.
        python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
shown = 0
for context in ET.parse(sys.argv[1]).getroot().iter('context'):
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation is not None and translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
            if shown < 10:
                source = (message.findtext('source') or '').replace('\n', '\\n')
                print(f"  {translation.get('type')}: {context.findtext('name')}: {source[:100]}")
            shown += 1
PY
    fi
done
((status == 0)) || fail "translations are incomplete: run the update_translations target and translate the entries above"

#!/usr/bin/env bash
# Checks that translations/baton_{zh_CN,zh_TW,en}.ts cover every tr() string of the desktop.
#
# Runs lupdate (as `update_translations` does: -no-obsolete -locations none, over ui, models and
# app/desktop, and the routing trace in app/core/trace.cpp) into temporary copies of the three .ts files, and fails when
#   - lupdate had to add messages: a source string nobody has translated yet;
#   - a .ts file holds obsolete messages whose source string is gone;
#   - a zh_CN or zh_TW message is unfinished (or empty), or an en numerus message is unfinished
#     (plain en messages may stay unfinished: their source text is the English);
#   - a translation drops a placeholder (%1…%9, %n) of its source text, or adds one it lacks.
# The committed files are not touched. Fix with `cmake --build build --target update_translations`,
# then translate in Qt Linguist or by hand.
#
# Usage: scripts/check-translations.sh        (LUPDATE=/path/to/lupdate to pick another lupdate)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

languages=(zh_CN zh_TW en)
sources=(ui models app/desktop app/core/trace.cpp)

find_lupdate() {
  if [[ -n "${LUPDATE:-}" ]]; then
    echo "$LUPDATE"
    return
  fi
  if [[ -x /usr/lib/qt6/bin/lupdate ]]; then
    echo /usr/lib/qt6/bin/lupdate
    return
  fi
  if command -v lupdate >/dev/null 2>&1 && lupdate -version 2>/dev/null | grep -q ' 6\.'; then
    command -v lupdate
    return
  fi
  local bins
  for qtpaths in qtpaths6 qtpaths; do
    if command -v "$qtpaths" >/dev/null 2>&1 && bins=$("$qtpaths" --query QT_INSTALL_BINS 2>/dev/null) \
       && [[ -x "$bins/lupdate" ]]; then
      echo "$bins/lupdate"
      return
    fi
  done
  return 1
}

if ! lupdate=$(find_lupdate); then
  echo "check-translations: lupdate (Qt 6 Linguist tools) not found; install qt6-l10n-tools or set LUPDATE." >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "check-translations: python3 is needed to read the .ts files." >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in "${languages[@]}"; do
  ts="translations/baton_$lang.ts"
  if [[ ! -f "$ts" ]]; then
    echo "check-translations: $ts is missing." >&2
    exit 1
  fi
  cp "$ts" "$work/baton_$lang.ts"
  if ! "$lupdate" -no-obsolete -locations none "${sources[@]}" -ts "$work/baton_$lang.ts" \
       >"$work/lupdate_$lang.log" 2>&1; then
    cat "$work/lupdate_$lang.log" >&2
    echo "check-translations: lupdate failed on $ts." >&2
    exit 1
  fi
  # lupdate's complaints about the sources (a tr() in a class without Q_OBJECT, …) are worth seeing.
  grep -iE 'warning|error' "$work/lupdate_$lang.log" | sed "s|^|check-translations: lupdate ($lang): |" >&2 || true
done

python3 - "$work" "${languages[@]}" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET

work, languages = sys.argv[1], sys.argv[2:]
PLACEHOLDER = re.compile(r'%(?:n|L?[1-9])')


def messages(path):
    """(context, source, comment) -> message element, in file order."""
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            key = (name, message.findtext('source') or '', message.findtext('comment') or '')
            out[key] = message
    return out


def label(key):
    context, source, comment = key
    text = source.replace('\n', '\\n')
    return f'{context}: "{text}"' + (f' ({comment})' if comment else '')


problems = []
counts = {}
for lang in languages:
    committed = messages(f'translations/baton_{lang}.ts')
    updated = messages(f'{work}/baton_{lang}.ts')
    where = f'translations/baton_{lang}.ts'

    new = [k for k in updated if k not in committed]
    obsolete = [k for k, m in committed.items()
                if k not in updated or (m.find('translation').get('type') or '') in ('obsolete', 'vanished')]
    unfinished, placeholders = [], []
    complete = 0
    for key, message in updated.items():
        if key in new:
            continue
        translation = message.find('translation')
        numerus = message.get('numerus') == 'yes'
        forms = [f.text or '' for f in translation.iter('numerusform')] if numerus else [translation.text or '']
        is_unfinished = translation.get('type') == 'unfinished' or not any(forms) \
            or (numerus and not all(forms))
        if is_unfinished:
            if lang != 'en' or numerus:
                unfinished.append(key)
            elif lang == 'en':
                complete += 1  # a plain en message shows its English source text
            continue
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        bad = False
        for form in forms:
            have = set(PLACEHOLDER.findall(form))
            dropped = [p for p in wanted if p not in have]
            added = sorted(have - set(wanted))
            if dropped or added:
                bad = True
                what = (f'drops {" ".join(dropped)}' if dropped else '') + \
                       ('; ' if dropped and added else '') + (f'adds {" ".join(added)}' if added else '')
                placeholders.append(f'{label(key)} -> "{form}" {what}')
        if not bad:
            complete += 1
    counts[lang] = complete

    if new:
        problems.append(f'{where}: {len(new)} source text(s) not in the file yet '
                        '(run the update_translations target, then translate):')
        problems += [f'  {label(k)}' for k in new]
    if obsolete:
        problems.append(f'{where}: {len(obsolete)} obsolete message(s) whose source text is gone '
                        '(run the update_translations target):')
        problems += [f'  {label(k)}' for k in obsolete]
    if unfinished:
        kind = 'numerus message(s) unfinished' if lang == 'en' else 'message(s) unfinished'
        problems.append(f'{where}: {len(unfinished)} {kind}:')
        problems += [f'  {label(k)}' for k in unfinished]
    if placeholders:
        problems.append(f'{where}: {len(placeholders)} translation(s) with wrong placeholders:')
        problems += [f'  {p}' for p in placeholders]

if problems:
    print('check-translations: FAILED', file=sys.stderr)
    print('\n'.join(problems), file=sys.stderr)
    sys.exit(1)
print('translations: ' + ', '.join(f'{lang} {counts[lang]}' for lang in languages) + ' messages complete')
PY

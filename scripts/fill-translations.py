#!/usr/bin/env python3
"""Fills the unfinished messages of Baton's Qt Linguist files from tab-separated tables.

  scripts/fill-translations.py ZH.tsv EN_NUMERUS.tsv translations/baton_zh_CN.ts translations/baton_zh_TW.ts translations/baton_en.ts

ZH.tsv rows:          context <TAB> source <TAB> zh_CN <TAB> zh_TW   (one form for numerus messages)
EN_NUMERUS.tsv rows:  context <TAB> source <TAB> singular <TAB> plural (English numerus messages)
Plain English messages get their source text. Placeholders (%1, %n) must match the source.
Edits the text in place, keeping lupdate's layout; only <translation> elements change. After
`cmake --build build --target update_translations` (or lupdate) lists new messages, write the
rows for them and run this; scripts/check-translations.sh then passes."""
import re, sys, html
import xml.etree.ElementTree as ET

def load(path, ncols):
    m = {}
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) != ncols:
            sys.exit(f'{path}:{n}: expected {ncols} columns, got {len(cols)}')
        key = (cols[0], cols[1])
        if key in m:
            sys.exit(f'{path}:{n}: duplicate {key}')
        m[key] = cols[2:]
    return m

def esc(s):  # as lupdate writes text
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;').replace("'", '&apos;'))

def unesc(s):
    return html.unescape(s)

if len(sys.argv) < 4:
    sys.exit(__doc__)
zh = load(sys.argv[1], 4)
en_num = load(sys.argv[2], 4)
PH = re.compile(r'%(?:n|L?\d)')

def fill(path, lang):
    text = open(path, encoding='utf-8').read()
    used = set()
    out = []
    ctx = None
    pos = 0
    msg_re = re.compile(r'(?P<name><name>(?P<ctx>.*?)</name>)|'
                        r'<message(?P<num> numerus="yes")?>\s*<source>(?P<src>[^<]*)</source>\s*'
                        r'(?:<(?P<note>comment|extracomment|translatorcomment)>[^<]*</(?P=note)>\s*)*'
                        r'(?P<tr><translation(?P<attr>[^>]*)>(?P<body>.*?)</translation>)', re.S)
    missing = []
    for m in msg_re.finditer(text):
        if m.group('name'):
            ctx = unesc(m.group('ctx'))
            continue
        if 'unfinished' not in m.group('attr'):
            continue
        src = unesc(m.group('src'))
        numerus = bool(m.group('num'))
        key = (ctx, src)
        if lang == 'en':
            forms = en_num.get(key) if numerus else [src]
            if numerus and not forms:
                missing.append(key); continue
        else:
            if key not in zh:
                missing.append(key); continue
            forms = [zh[key][0 if lang == 'zh_CN' else 1]]
        used.add(key)
        for f in forms:
            if sorted(PH.findall(f)) != sorted(PH.findall(src)) and not (numerus and lang == 'en'):
                sys.exit(f'{lang}: placeholder mismatch {key} -> {f}')
            if numerus and '%n' not in f:
                sys.exit(f'{lang}: %n missing {key} -> {f}')
        if numerus:
            indent = '            '
            body = ''.join(f'\n{indent}<numerusform>{esc(f)}</numerusform>' for f in forms)
            new = f'<translation>{body}\n        </translation>'
        else:
            new = f'<translation>{esc(forms[0])}</translation>'
        out.append(text[pos:m.start('tr')])
        out.append(new)
        pos = m.end('tr')
    out.append(text[pos:])
    if missing:
        sys.exit(f'{lang}: no translation for {missing}')
    result = ''.join(out)
    ET.fromstring(result.encode('utf-8'))  # still well-formed
    open(path, 'w', encoding='utf-8', newline='\n').write(result)
    if lang != 'en':
        unused = set(zh) - used
        if unused:
            print(f'{lang}: mapping entries not in file: {sorted(unused)}')
    print(f'{path}: filled {len(used)}')

for path in sys.argv[3:]:
    lang = re.search(r'baton_(\w+)\.ts$', path).group(1)
    fill(path, lang)

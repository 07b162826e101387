#!/usr/bin/env python3
"""Single-word entries of a compiled Apertium bilingual dictionary, as TSV.

Usage: python3 apertium_bidix.py LT_BIN_DIR BIDIX.autobil.bin OUT.tsv

Apertium ships its bilingual dictionaries compiled (letter transducers), not as
the .dix source. lt-print (lttoolbox-dev) writes the transducer as text; the
source-side lemmas are read off its first section (the path up to the first
tag), and lt-proc -b (lttoolbox) translates each lemma with the tags of its part
of speech. Nouns, adjectives, verbs and adverbs only: proper nouns read alike in
both languages, and closed classes are stop words. Output lines are sorted:
lemma TAB translation TAB ... (in the dictionary's order).

Python 3 standard library only; LT_BIN_DIR holds lt-print and lt-proc, and
LD_LIBRARY_PATH must let them find liblttoolbox.
"""
import collections
import os
import subprocess
import sys

# The tags a lemma is looked up with, by part of speech: the bidix matches on a tag prefix such as <n><f>, so each gender is tried.
LOOKUPS = {
    'n': ['<n><f><sg>', '<n><m><sg>', '<n><mf><sg>'],
    'adj': ['<adj><mf><sg>', '<adj><m><sg>', '<adj><f><sg>', '<adj><sg>', '<adj>'],
    'vblex': ['<vblex><inf>'],
    'adv': ['<adv>'],
}
MAX_LEMMA = 40


def source_lemmas(att_text):
    """(lemma, part of speech) of every path of the transducer's first section."""
    arcs = collections.defaultdict(list)
    for line in att_text.split('\n'):
        if line == '--':
            break
        cells = line.split('\t')
        if len(cells) >= 4:
            arcs[int(cells[0])].append((int(cells[1]), cells[2]))
    found, seen, stack = set(), set(), [(0, '')]
    while stack:
        state, prefix = stack.pop()
        if (state, prefix) in seen or len(prefix) > MAX_LEMMA:
            continue
        seen.add((state, prefix))
        for target, symbol in arcs[state]:
            if symbol.startswith('<') and len(symbol) > 1:
                found.add((prefix, symbol[1:-1]))
                continue
            symbol = '' if symbol == 'ε' else symbol
            if len(symbol) == 1 and not symbol.isalpha():   # numbers, punctuation: not words
                continue
            stack.append((target, prefix + symbol))
    return sorted((lemma, pos) for lemma, pos in found if lemma.isalpha() and pos in LOOKUPS)


def main(bin_dir, bidix, out):
    att = subprocess.run([os.path.join(bin_dir, 'lt-print'), bidix], capture_output=True, text=True, check=True).stdout
    queries = [(lemma, '^' + lemma + tags + '$') for lemma, pos in source_lemmas(att) for tags in LOOKUPS[pos]]
    answers = subprocess.run([os.path.join(bin_dir, 'lt-proc'), '-b', bidix], input='\n'.join(q for _, q in queries) + '\n',
                             capture_output=True, text=True, check=True).stdout.split('\n')
    translations = collections.defaultdict(list)
    for (lemma, _), answer in zip(queries, answers):
        for option in answer.strip('^$').split('/')[1:]:
            english = option.split('<')[0]
            if option.startswith('@') or not english or english in translations[lemma]:   # @: no entry with these tags
                continue
            translations[lemma].append(english)
    with open(out, 'w', encoding='utf-8') as f:
        for lemma in sorted(translations):
            f.write(lemma + '\t' + '\t'.join(translations[lemma]) + '\n')
    print('%s: %d lemmas with a translation' % (os.path.basename(bidix), len(translations)))


if __name__ == '__main__':
    main(*sys.argv[1:4])

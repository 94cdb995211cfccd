#!/usr/bin/env python3
"""Writes src/tools/src/main/resources/io/quidditch/udf/python/unicode.wat: the Unicode tables of
compiled Python strings, read from the CPython that runs this script (str.lower/upper/isalpha/
isdigit/isdecimal/isspace, unicodedata.decimal, and the cased and case-ignorable properties as
str.lower() itself uses them for the final sigma), so compiled code answers as that CPython does.

  python3 src/tools/src/main/unicode/unicode_tables.py      (then commit unicode.wat)

Exact for every code point below U+0530 (ASCII, Latin-1 Supplement, Latin Extended-A and -B, IPA,
spacing modifiers, combining diacritics, Greek and Coptic, Cyrillic and its supplement), including
the mappings to several code points ('ß'.upper() == 'SS', 'İ'.lower() == 'i̇', 'ΐ'.upper()).
Past U+0530: isspace, isdigit and isdecimal (and the digit values int() and float() read) are
exact everywhere; isalpha is exact in the blocks FAR_BLOCKS names and for digits and spaces, and
unknown elsewhere; case
mappings are known to be identities outside CASED_FAR, the ranges holding every code point past
U+0530 whose lower() or upper() differs from it, where compiled code refuses loudly.

Each table is a passive data segment that the code generator places when linked code names it:
  $uni_page      one byte per code point below U+0530: its class
  $uni_class     per class, an i32: flags in bits 0-7, a signed 24-bit aux above
                 flags: 1 alpha, 2 digit, 4 decimal, 8 space, 16 cased, 32 case-ignorable;
                 bits 6-7: 0 no case mapping, 1 lower() = cp + aux, 2 upper() = cp + aux,
                 3 special: aux indexes $uni_special
  $uni_special   per special code point 8 i32: lower() as count and 3 code points, upper() alike
  $uni_cased_far count, then (first, last) pairs: the code points past U+052F with case mappings
  $uni_far       count, then per range an i32, first code point | flags << 21 (1 alpha, 2 digit,
                 4 decimal (value = cp - first), 8 space, 16 alpha unknown), ranges sorted and
                 covering U+0530 to U+10FFFF
  $uni_unprintable count, then the code points past U+007F where str.isprintable() changes,
                 sorted: a code point is not printable (repr() escapes it) when an odd number of
                 them are at or below it
"""
import os
import sys
import unicodedata

PAGE_END = 0x530
FAR_BLOCKS = [
    (0x2000, 0x20D0),    # general punctuation, super- and subscripts, currency symbols
    (0x2190, 0x2460),    # arrows, mathematical and technical symbols, control pictures
    (0x2500, 0x2C00),    # box drawing, shapes, miscellaneous symbols, dingbats, arrows
    (0x3000, 0x3100),    # CJK symbols and punctuation, hiragana, katakana
    (0x3400, 0x4DC0),    # CJK unified ideographs extension A
    (0x4E00, 0xA000),    # CJK unified ideographs
    (0xAC00, 0xD7B0),    # Hangul syllables
    (0x1F000, 0x1FB00),  # mahjong, domino and playing cards, emoji, symbols and pictographs
]
GAP = 256  # caseless gaps up to this size inside CASED_FAR are refused too: a smaller table


def ignorable_and_cased(ch):
    # str.lower() maps U+03A3 to final sigma after a cased letter when no cased letter follows,
    # skipping case-ignorable code points both ways: probe CPython's own properties with it
    after_cased = ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"
    after_digit = ("1" + ch + "\u03a3").lower()[-1] == "\u03c2"
    ignorable = after_cased and not after_digit
    return ignorable, (not ignorable) and after_digit


def case_kind(c):
    ch = chr(c)
    lo, up = ch.lower(), ch.upper()
    if lo == ch and up == ch:
        return (0, 0)
    if len(lo) == 1 and up == ch:
        return (1, ord(lo) - c)
    if len(up) == 1 and lo == ch:
        return (2, ord(up) - c)
    return (3, (lo, up))


def page():
    classes, index, specials = [], [], []
    for c in range(PAGE_END):
        ch = chr(c)
        ign, cased = ignorable_and_cased(ch)
        flags = (1 * ch.isalpha() | 2 * ch.isdigit() | 4 * ch.isdecimal() | 8 * ch.isspace()
                 | 16 * cased | 32 * ign)
        kind, aux = case_kind(c)
        if kind == 3:
            lo, up = aux
            assert len(lo) <= 3 and len(up) <= 3, hex(c)
            specials.append((lo, up))
            aux = len(specials) - 1
        assert -(1 << 23) <= aux < (1 << 23)
        word = (flags | kind << 6 | (aux & 0xFFFFFF) << 8) & 0xFFFFFFFF
        if word not in classes:
            classes.append(word)
        index.append(classes.index(word))
    assert len(classes) <= 256
    return bytes(index), classes, specials


def cased_far():
    ranges = []
    for c in range(PAGE_END, 0x110000):
        if 0xD800 <= c < 0xE000:
            continue
        if case_kind(c)[0] != 0:
            if ranges and c - ranges[-1][1] <= GAP:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return ranges


def far():
    out, prev = [], None
    for c in range(PAGE_END, 0x110000):
        ch = chr(c)
        # a digit or a space is never alphabetic
        known = any(a <= c < b for a, b in FAR_BLOCKS) or ch.isdigit() or ch.isspace()
        assert not (ch.isalpha() and (ch.isdigit() or ch.isspace())), hex(c)
        dec = unicodedata.decimal(ch, -1)
        flags = (2 * ch.isdigit() | 4 * (dec >= 0) | 8 * ch.isspace()
                 | (1 * ch.isalpha() if known else 16))
        key = (flags, c - dec if dec >= 0 else 0)
        if key != prev:
            out.append(c | flags << 21)
            prev = key
    return out


def unprintable():
    flips = []
    printable = True
    for c in range(0x80, 0x110000):
        p = chr(c).isprintable()
        if p != printable:
            flips.append(c)
            printable = p
    return flips


def words(values):
    return b"".join((v & 0xFFFFFFFF).to_bytes(4, "little") for v in values)


def segment(name, data, comment):
    text = "".join("\\%02x" % b for b in data)
    lines = ["  ;; %s (%d bytes)" % (comment, len(data))]
    lines.append("  (data $%s \"%s\")" % (name, text))
    return "\n".join(lines) + "\n"


def check_space():
    # strings.wat's $is_space lists CPython's str.isspace code points by hand
    listed = set(range(9, 14)) | set(range(28, 33)) | {0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F,
                                                        0x205F, 0x3000} | set(range(0x2000, 0x200B))
    assert {c for c in range(0x110000) if chr(c).isspace()} == listed


def main():
    check_space()
    assert not any(chr(c).isdecimal() for c in range(128, PAGE_END))  # str_num_ascii relies on it
    index, classes, specials = page()
    spec = []
    for lo, up in specials:
        for s in (lo, up):
            spec += [len(s)] + [ord(x) for x in s] + [0] * (3 - len(s))
    cf = cased_far()
    fr = far()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "../resources/io/quidditch/udf/python/unicode.wat")
    with open(out, "w", encoding="utf-8") as f:
        f.write(";; Generated by src/tools/src/main/unicode/unicode_tables.py from CPython %s"
                " (Unicode %s); do not edit.\n" % (sys.version.split()[0], unicodedata.unidata_version))
        f.write(segment("uni_page", index, "class of each code point below U+0530"))
        f.write(segment("uni_class", words(classes), "%d classes" % len(classes)))
        f.write(segment("uni_special", words(spec), "%d code points with special mappings" % len(specials)))
        f.write(segment("uni_cased_far", words([len(cf)] + [v for r in cf for v in r]),
                        "%d ranges of cased code points past U+052F" % len(cf)))
        f.write(segment("uni_far", words([len(fr)] + fr), "%d ranges past U+052F" % len(fr)))
        up = unprintable()
        f.write(segment("uni_unprintable", words([len(up)] + up),
                        "%d code points past U+007F where str.isprintable() changes" % len(up)))


if __name__ == "__main__":
    main()

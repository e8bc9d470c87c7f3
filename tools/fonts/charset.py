"""Characters kept in the PDF font subset: every character of the message bundles, all of GB 2312
(the common simplified characters), Big5 level 1 (the common traditional ones), ASCII, Latin-1,
general punctuation, CJK punctuation and full-width forms. Patients type only numbers and codes
into the screening, so these cover every text the PDF can hold; a test checks the bundles."""
import glob
import sys

chars = set()
for a in range(0x81, 0xFF):
    for b in range(0x40, 0xFF):
        try:
            chars.add(bytes([a, b]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
for a in range(0xA4, 0xC7):
    for b in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
        if (a, b) > (0xC6, 0x7E):
            continue
        try:
            chars.add(bytes([a, b]).decode('big5'))
        except UnicodeDecodeError:
            pass
for path in glob.glob(sys.argv[1] + '/*.properties'):
    chars.update(open(path, encoding='utf-8').read())
for lo, hi in ((0x20, 0x7F), (0xA0, 0x180), (0x2000, 0x2070), (0x2190, 0x2200), (0x3000, 0x3040), (0xFF00, 0xFFF0)):
    chars.update(chr(c) for c in range(lo, hi))
chars = {c for c in chars if c.isprintable()}
sys.stdout.write(''.join(sorted(chars)))

# -*- coding: latin-1 -*-
# Latin-1 bytes; column offsets are in UTF-8 of the decoded text.
s = 'café'; t = 1
élève = '½ ¼ ¾'; n = élève
d = {'ä': 'ö', 'ü': 'ß'}
b = b'abc'
f = f'{élève} § {s!r}'
# comment with latin-1: ÿþà
def résumé(x): return x

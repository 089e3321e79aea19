# Case mappings beyond ASCII: full (multi-character) mappings and the final sigma.
words = ['straße', 'ﬁnance', 'ΟΔΥΣΣΕΥΣ', 'İstanbul', 'ǆungla', 'hello WORLD', "they're", 'ŉ']
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()))
print('ΣΑΣ ΣΑΣ.'.lower())
print('Σ'.lower(), 'ΑΣ'.lower(), 'Σ1'.lower(), 'ΑΣ1'.lower())
print('ß'.casefold(), 'ẞ'.casefold(), 'ﬀ'.casefold(), 'ı'.casefold())
print('Straße'.casefold() == 'STRASSE'.casefold())
print('hELLO wORLD'.swapcase(), 'ß'.swapcase(), 'ǅ'.swapcase())
print('hello world'.capitalize(), 'HELLO'.capitalize(), 'ßx'.capitalize(), 'ǆa'.capitalize())
print('1st place'.title(), 'o\'neil mc-donald'.title(), 'ᾳ'.title())
print(len('ﬃ'.upper()), len('İ'.lower()))
for s in ['abc', 'ABC', 'Abc', 'ABC def', 'Abc Def', '123', 'ǅ', 'a1', 'ʰ']:
    print(repr(s), s.islower(), s.isupper(), s.istitle())

words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog', 'inlets']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, sorted(groups[key]))
biggest = max(groups.values(), key=len)
print('largest group:', biggest)
print([g for g in groups.values() if len(g) == 1])
def is_anagram(a, b):
    clean = lambda s: sorted(s.replace(' ', '').lower())
    return clean(a) == clean(b)
print(is_anagram('Dormitory', 'Dirty room'), is_anagram('abc', 'abd'))

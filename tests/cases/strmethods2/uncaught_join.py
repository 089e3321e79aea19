# join accepts only str items; the error names the first bad one.
words = ['alpha', 'beta', 'gamma']
print(' '.join(words), '|'.join(words).upper())
counts = {}
for w in words:
    counts[w] = len(w)
print(', '.join(counts))
print(''.join(sorted('join')), '-'.join([str(len(w)) for w in words]))
print(', '.join([k + '=' + str(v) for k, v in counts.items()]))
print(', '.join(counts.values()))

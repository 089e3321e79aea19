sentence = 'Programming in Python is Often Unexpectedly Entertaining'
vowels = 'aeiou'
counts = {v: 0 for v in vowels}
for ch in sentence.lower():
    if ch in counts:
        counts[ch] += 1
print(counts)
print(sum(counts.values()), sum(1 for c in sentence if c.isalpha() and c.lower() not in vowels))
per_word = [(w, sum(c in vowels for c in w.lower())) for w in sentence.split()]
print(per_word)
print(max(per_word, key=lambda p: (p[1], p[0])))
print(''.join(c for c in sentence if c.lower() not in vowels))
print(''.join('*' if c in 'aeiouAEIOU' else c for c in 'Audio Equipment'))

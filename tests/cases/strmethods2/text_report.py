# A small text report: word statistics with split, strip, case methods and both formatting styles.
text = '''The quick brown fox jumps over the lazy dog.
  The dog sleeps; the FOX runs!
Quick, quick: the end.'''
words = [w.strip('.,;:!').lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print('{:<10}|{:>5}|{:>7}'.format('word', 'count', 'share'))
print('-' * 10 + '+' + '-' * 5 + '+' + '-' * 7)
for word, n in ranked[:6]:
    print('{:<10}|{:>5d}|{:>7.1%}'.format(word, n, n / len(words)))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print('%2d: %-32s (%d chars, %s)' % (i, line.strip(), len(line), 'title' if line.istitle() else 'mixed'))
longest = max(words, key=len)
print('longest word: %r, centred: [%s]' % (longest, longest.center(12, '~')))
print('initials:', ''.join([w[0].upper() for w in words if w.isalpha()]))
print('capitalised:', ' '.join([w.capitalize() for w in lines[0].split()[:4]]))

text = 'Mississippi river banks are muddy and misty'
freq = {}
for ch in text.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:5])
for ch, n in top[:4]:
    print(f'{ch}: {n:2d} {"*" * n}')
print(''.join(sorted(freq)))
first_unique = next((c for c in text.lower() if freq.get(c) == 1), None)
print(first_unique)
print(max(text.split(), key=lambda w: len(set(w.lower()))))

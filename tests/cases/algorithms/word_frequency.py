text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
words = []
for raw in text.lower().split():
    w = "".join(c for c in raw if c.isalpha())
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:>8} {c:2d} {'#' * c}")
print(len(words), len(freq))
print(sorted(w for w, c in freq.items() if c == 1))

text = """the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while a quick cat watches the fox"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}{n:>3} {'#' * n}")
print(len(counts), sum(counts.values()))
print([w for w, n in ranked if n == 1][:5])

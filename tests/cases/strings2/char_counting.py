text = "Mississippi River"
counts = {}
for ch in text.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(ch, "*" * counts[ch])
print(text.count("ss"), text.count("i"), text.lower().count("i"))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels)
most = max(sorted(counts), key=lambda c: counts[c])
print("most", most, counts[most])
print(text.find("ss"), text.rfind("ss"), text.find("zz"), text.index("R"))

def is_pal(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]

tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab"]
for t in tests:
    print(repr(t), is_pal(t))
words = "the quick brown fox"
print(words[::-1])
print(" ".join(words.split()[::-1]))
print(" ".join(w[::-1] for w in words.split()))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
print(longest_pal("forgeeksskeegfor"), longest_pal("abc"))

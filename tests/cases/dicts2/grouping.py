people = [("ann", "eng"), ("bob", "ops"), ("cat", "eng"), ("dan", "hr"), ("eve", "ops")]
groups = {}
for name, dept in people:
    groups.setdefault(dept, []).append(name)
print(groups)
by_len = {}
for w in ["a", "bb", "cc", "d", "eee", "ff"]:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
for k in sorted(by_len, reverse=True):
    print(k, "->", ",".join(by_len[k]))
first_letter = {}
for name, _ in people:
    first_letter[name[0]] = first_letter.get(name[0], 0) + 1
print(first_letter)

# Sets iterate in the order of CPython's hash table: displays (constant-folded or not),
# set(), add/discard/pop, the operators and comprehensions, with str and int members.
words = ["kiwi", "apple", "fig", "banana", "cherry", "date", "grape", "lemon", "mango"]
print(set(words))
print({"apple", "banana", "cherry"}, {"x", "y"}, set("hello world"))
s = {10, 20, 30, 40, 50, 60, 70}
s.add(5)
s.discard(20)
print(s.pop(), s)
a = set(words[:6])
b = set(words[3:])
print(a | b, a & b, a - b, a ^ b)
print(a.union(["zz", "aa"]), a.intersection(["fig", "kiwi", "nope"]), b.difference(a))
c = set(a)
c |= {"q", "r"}
c -= {"kiwi"}
c ^= {"fig", "new"}
print(c)
print({w[0] for w in words}, {len(w): w for w in words})
print(frozenset(words), {1.5, "1.5", 15, (1, 5)})
print(sorted(hash(w) % 1000 for w in words))

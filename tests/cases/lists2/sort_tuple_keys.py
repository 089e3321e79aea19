people = [("bob", 25, "ny"), ("ann", 30, "sf"), ("cat", 25, "la"), ("dan", 30, "ny")]
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))

data = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 35), ('eve', 30)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: (-p[1], p[0])))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted('Hello World'.split(), key=str.lower))
print(sorted([3, -1, 2, -5], key=abs, reverse=True))
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted({3: 'c', 1: 'a'}.items()))

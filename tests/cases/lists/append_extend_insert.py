# append, extend and insert.
a = []
a.append(1)
a.append([2, 3])
print(a)
a.extend([4, 5])
a.extend((6,))
a.extend('ab')
a.extend(range(2))
print(a)
b = [1, 2, 3]
b.insert(0, 'start')
b.insert(2, 'mid')
b.insert(100, 'end')
b.insert(-1, 'before-last')
b.insert(-100, 'very-start')
print(b)
print(a.append(9))
c = [1, 2]
c.extend(c)
print(c)

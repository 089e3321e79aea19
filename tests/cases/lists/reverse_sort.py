# reverse and sort in place.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ['banana', 'Apple', 'cherry', 'date']
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=lambda s: s[-1], reverse=True)
print(w)
print(a.sort())
f = [2.5, -1, 3, 0.5]
f.sort()
print(f)

data = [5, 3, 8, 0, 7, 2]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
print(pos)
count = [0]
def counter():
    count[0] += 1
    return count[0]
it = iter(counter, 4)
print(next(it), next(it), next(it), next(it, 'done'), next(it, 'again'))
e = iter([1, 2])
print(next(e), next(e), next(e, None))
print(list(iter([])), next(iter('xyz')))

def running(it):
    total = 0
    for x in it:
        total += x
        yield total

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def chunked(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

data = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(running(data)))
print(list(pairwise(data)))
print([b - a for a, b in pairwise(running(data))])
print(list(chunked(data, 3)))
print(list(chunked("abcdefg", 2)))

s = 'Python Programming'
print(s[0], s[-1], s[:6], s[7:], s[::2], s[::-1], s[-11:-4], s[100:], s[3:1])
print(s[1::3], s[-1:-8:-2], s[:], len(s[5:5]))
words = s.split()
print([w[::-1] for w in words], ' '.join(w[0] + w[-1] for w in words))
def rotate(t, k):
    k %= len(t)
    return t[k:] + t[:k]
print(rotate('abcdef', 2), rotate('abcdef', -1), rotate('abcdef', 13))
print('abc' * 3, '-' * 0, 'ab' + 'cd' * 2)
print(s.startswith('Py'), s.endswith(('ing', 'xyz')), s.startswith('gram', 10))
print(s[20])

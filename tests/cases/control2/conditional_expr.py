def classify(n):
    return 'negative' if n < 0 else 'zero' if n == 0 else 'small' if n < 10 else 'big'
print([classify(n) for n in [-3, 0, 4, 10, 99]])
def side(msg, v):
    print(msg)
    return v
r = side('then', 1) if side('cond', False) else side('else', 2)
print(r)
print([x if x % 2 else -x for x in range(6)])
print([(lambda: 'yes') if t else (lambda: 'no') for t in (1, 0)][1]())
s = ''
print(s or 'default', 0 or None, 'a' and 'b', [] and 1, 3 and 0 or 7)
print(max(2, 3) if True else min(2, 3))

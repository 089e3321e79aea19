l = []
for i in range(200000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print('RecursionError', e)
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
print(repr([[[[1]]]]), [[1]] == [[1]], str({'a': [1, {'b': (2,)}]}))

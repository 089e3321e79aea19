# Comprehension loop variables do not leak; outer names are visible.
x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
d = {k: 0 for k in 'ab'}
try:
    print(k)
except NameError as e:
    print('caught:', e)
factor = 10
print([n * factor for n in range(3)])
def f():
    base = 5
    return [base + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([g() for g in funcs2])

# pop and remove.
a = [10, 20, 30, 40, 50]
print(a.pop())
print(a.pop(0))
print(a.pop(-2))
print(a)
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
b.remove(1)
print(b)
try:
    b.remove(99)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)

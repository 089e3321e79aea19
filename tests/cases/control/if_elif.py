def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in range(-2, 3):
    print(n, classify(n))
print(classify(50), classify(100), classify(2 ** 100))
x = 0
if x:
    print('truthy')
else:
    print('falsy')
if 'abc':
    print('nonempty string is truthy')
if ():
    print('never')
elif (0,):
    print('one-tuple is truthy')
if 0.0 or None or '':
    print('never')
else:
    print('all falsy')
if 1:
    if 0:
        print('no')
    else:
        print('nested else')

i = 0
while i < 5:
    print('i =', i)
    i += 1
print('after', i)
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print('odd', n)
print('n =', n)
k = 3
while k > 0:
    k -= 1
else:
    print('while-else ran, k =', k)
k = 3
while k > 0:
    k -= 1
    if k == 1:
        break
else:
    print('never printed')
print('broke at', k)
while False:
    print('never')
else:
    print('else of never-run loop')

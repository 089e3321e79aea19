for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(10):
    if i == 4:
        print('breaking at', i)
        break
else:
    print('never printed')
for i in range(3):
    pass
else:
    print('else after full loop, i =', i)
total = 0
for i in range(20):
    if i % 3 == 0:
        continue
    total += i
print('total', total)
for i in range(0):
    pass
else:
    print('else after empty loop')

def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, 'has factor', d)
            break
        d += 1
    else:
        print(n, 'is prime')
for n in [2, 15, 17, 49, 97, 1]:
    find_factor(n)
i = 0
while i < 0:
    i += 1
else:
    print('else ran with empty loop', i)

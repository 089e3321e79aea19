def row(n):
    s = ''
    for i in range(1, n + 1):
        s += str(i)
        if i < n:
            s += ' '
    return s

for n in range(1, 11):
    print(row(n))
i = 0
while i < 50:
    print(i, i * i, i * i * i, sep=',')
    i += 7
for k in range(3):
    print('k', k, sep='=', end=';')
print()

for i in range(1, 6):
    for j in range(1, 6):
        print(i * j, end='\t')
    print()
count = 0
for i in range(10):
    for j in range(10):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print('count', count)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            print('diag', i)
        j += 1
    i += 1
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                print('triple', a, b, c)

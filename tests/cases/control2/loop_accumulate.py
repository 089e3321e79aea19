n = 0
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
evens = odds = 0
for f in fib:
    if f % 2:
        odds += 1
    else:
        evens += 1
print(evens, odds)
triangle = []
for row in range(6):
    line = [1] * (row + 1)
    for k in range(1, row):
        line[k] = triangle[row - 1][k - 1] + triangle[row - 1][k]
    triangle.append(line)
for line in triangle:
    print(' '.join(map(str, line)).center(20))

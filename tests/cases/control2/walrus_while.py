data = [3, 8, 1, 0, 9, 2]
it = iter(data)
total = 0
while (x := next(it)) != 0:
    total += x
print('total before zero:', total, 'next:', next(it))
chunks = list('abcdefgh')
while (chunk := chunks[:3]):
    print(''.join(chunk))
    chunks = chunks[3:]
nums = [1, 5, 12, 7, 30]
print([y for n in nums if (y := n * 2) > 10])
print(y)
n = 27
steps = 0
while (n := (n // 2 if n % 2 == 0 else 3 * n + 1)) != 1:
    steps += 1
print('collatz steps', steps + 1)

colors = ['red', 'green', 'blue', 'green']
print([i for i, c in enumerate(colors) if c == 'green'])
print({c: i for i, c in enumerate(colors)})
e = enumerate('ab', 10)
print(next(e), list(e))
for i, (a, b) in enumerate(zip(colors, colors[1:])):
    print(i, a, '->', b)
print(list(enumerate(reversed(range(3)))))
print(sorted(enumerate([30, 10, 20]), key=lambda t: t[1]))
print(list(map(lambda t: t[0] * t[1], enumerate([5, 5, 5]))))

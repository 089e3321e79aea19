# Uncaught exception raised inside a generator.
def parse_all(items):
    for s in items:
        yield int(s)

print(list(parse_all(['1', '2'])))
g = parse_all(['7'])
print(next(g))
print(next(g, 'exhausted'))
for v in parse_all(['3', 'x']):
    print(v)

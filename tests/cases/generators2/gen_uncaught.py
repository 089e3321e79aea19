def parse(items):
    for item in items:
        yield int(item)

total = 0
for v in parse(["1", "2", "three", "4"]):
    total += v
    print("total", total)

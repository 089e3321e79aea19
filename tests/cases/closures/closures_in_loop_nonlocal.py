def make_accumulators(n):
    accs = []
    for i in range(n):
        def acc(v, total=[0]):
            total[0] += v
            return total[0]
        accs.append(acc)
    return accs

a, b = make_accumulators(2)
print(a(1), a(2), b(10), a(3))

def adders():
    result = {}
    for name, k in [("one", 1), ("two", 2), ("ten", 10)]:
        def add(x, k=k):
            return x + k
        result[name] = add
    return result

ad = adders()
print(ad["one"](5), ad["two"](5), ad["ten"](5))

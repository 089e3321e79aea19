def g():
    return 'g'

print(g())
print(g(1))

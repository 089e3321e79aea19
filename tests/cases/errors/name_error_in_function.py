def f():
    return missing_global + 1

print('calling f')
print(f())

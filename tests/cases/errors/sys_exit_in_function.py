import sys

def deep(n):
    if n == 0:
        sys.exit(42)
    return deep(n - 1)

print('going deep')
deep(10)

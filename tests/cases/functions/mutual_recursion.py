def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    if n == 8:
        print('move disk 8 from', src, 'to', dst)
    return moves + 1 + hanoi(n - 1, via, dst, src)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(is_even(10), is_odd(10))
print(is_even(7), is_odd(7))
print(hanoi(3, 'A', 'C', 'B'))
print(hanoi(10, 'A', 'C', 'B'))
print(depth(500))

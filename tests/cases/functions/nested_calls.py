def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def sq(x):
    return mul(x, x)

def hyp2(a, b):
    return add(sq(a), sq(b))

print(add(mul(2, 3), mul(4, 5)))
print(hyp2(3, 4))
print(sq(sq(sq(2))))
print(add(add(add(1, 2), 3), add(4, 5)))
print(mul(add(1, 2), add(3, 4)) - sq(3))
print(abs(min(-3, max(1, 2), -7)))
print(str(len(str(sq(99999)))))
print(int(float(str(7))) + 1)
print(pow(add(1, 1), mul(5, 2)))
print(divmod(add(10, 7), sq(2)))
print(add('con', 'cat'))
print(add(0.1, 0.2))
print(hyp2(2 ** 40, 2 ** 40))

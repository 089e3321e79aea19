def t(name):
    print('t', name)
    return True

def f(name):
    print('f', name)
    return False

print(t(1) and t(2))
print(f(3) and t(4))
print(t(5) or t(6))
print(f(7) or t(8))
print(f(9) or f(10) or t(11) or t(12))
print(t(13) and f(14) and t(15))
print(not f(16))
if t(17) or f(18):
    print('if taken')
x = f(19) if t(20) else t(21)
print(x)
while f(22) and t(23):
    print('never')
print('done')

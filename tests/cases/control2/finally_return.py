def f1():
    try:
        return 'try'
    finally:
        print('finally runs')
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def f4():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('cleanup', i)
    return i
def f5():
    x = 1
    try:
        return x
    finally:
        x = 99
print(f1(), f2(), f3(), f4(), f5())

def first_even(limit):
    found = None
    for i in range(limit):
        try:
            if i % 2 == 1:
                continue
            if i > 0:
                found = i
                break
        finally:
            print('checked', i)
    else:
        print('no break')
    return found


print(first_even(5))
print(first_even(1))


def count_down(n):
    while True:
        try:
            n -= 1
            if n < 0:
                return 'done'
        except ZeroDivisionError:
            pass
        finally:
            print('n =', n)


print(count_down(2))


def nested():
    try:
        try:
            raise KeyError('inner')
        except ValueError:
            print('wrong handler')
        finally:
            print('inner finally')
    except LookupError as e:
        print('outer caught', repr(e), isinstance(e, KeyError))
    return 'ok'


print(nested())
x = 1
del x
try:
    del x
except NameError as e:
    print(e)

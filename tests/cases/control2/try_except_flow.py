def parse(values):
    out = []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            print('skip', repr(v))
            continue
        except TypeError as e:
            print('type error:', e)
            break
        else:
            out.append(n)
        finally:
            print('done with', repr(v))
    return out
print(parse(['1', 'x', '3', None, '5']))
def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        return 'div0'
    finally:
        print('risky', n)
print(risky(2), risky(0))

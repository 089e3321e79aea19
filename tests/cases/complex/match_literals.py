# Complex literals in match patterns (compared with ==).
def classify(v):
    match v:
        case 0j:
            return 'zero'
        case 1 + 2j:
            return 'one plus two j'
        case -3j:
            return 'minus three j'
        case 2.5 - 0.5j:
            return 'two and a half minus half j'
        case complex(real=r, imag=0.0):
            return 'real complex %r' % r
        case complex():
            return 'some complex'
        case _:
            return 'other'
for v in [0, 0j, 0.0, 1 + 2j, complex(1, 2), -3j, complex(-0.0, -3), 2.5 - 0.5j, 7 + 0j, 7j, 'x', False]:
    print(repr(v), classify(v))

def describe(v):
    match v:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 0.0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int() | float():
            return f'number {v}'
        case str() as s if not s:
            return 'empty string'
        case str(s):
            return f'string of {len(s)}'
        case (a, b):
            return f'pair {a},{b}'
        case {'type': t, **rest}:
            return f'typed {t} extra={sorted(rest)}'
        case _:
            return 'other'
for v in [None, True, 0, 0.0, -4, 7, 2.5, '', 'hey', (1, 2), [3, 4], {'type': 'x', 'a': 1, 'b': 2}, {1}, False]:
    print(describe(v))

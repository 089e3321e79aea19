events = [
    {'type': 'click', 'x': 10, 'y': 20},
    {'type': 'key', 'key': 'Enter'},
    {'type': 'key', 'key': 'a', 'mods': ['shift']},
    {'type': 'scroll', 'delta': -3},
    {'type': 'scroll', 'delta': 5},
    {'kind': 'unknown'},
]
for ev in events:
    match ev:
        case {'type': 'click', 'x': x, 'y': y}:
            print(f'click at ({x}, {y})')
        case {'type': 'key', 'key': 'Enter'}:
            print('submit')
        case {'type': 'key', 'key': str(k), 'mods': [*mods]}:
            print(f'key {k} with {mods}')
        case {'type': 'scroll', 'delta': int(d)} if d < 0:
            print('scroll up', -d)
        case {'type': 'scroll', 'delta': d}:
            print('scroll down', d)
        case _:
            print('ignored', ev)

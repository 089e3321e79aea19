def handle(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return f'moving {d}'
        case ['go', other]:
            return f'cannot go {other}'
        case ['take', item, *rest] if rest:
            return f'take {item} and {len(rest)} more: {rest}'
        case ['take', item]:
            return f'took {item}'
        case ['look']:
            return 'you see a room'
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'empty command'
        case [verb, *_]:
            return f'unknown verb {verb!r}'
for c in ['go north', 'go up', 'take lamp', 'take a b c', 'look', 'exit', '', 'dance wildly']:
    print(repr(c), '->', handle(c))

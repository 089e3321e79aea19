def split(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for s in [[], [1], [1, 2], [1, 2, 3, 4], (9, 8, 7), range(3)]:
    print(split(s))
match "hello":
    case [*chars]:
        print("string matched as sequence", chars)
    case str() as s:
        print("string", s)
match {"a": 1}:
    case [*_]:
        print("dict as sequence")
    case {}:
        print("dict as mapping")

def f(x):
    result = "default"
    match x:
        case 1:
            result = "one"
        case [a, b] if a > b:
            result = "desc"
    return result

print(f(1), f(2), f([3, 1]), f([1, 3]))
x = 5
match x:
    case 1:
        print("one")
print("after match")
n = 0
for v in [1, [2, 2], "s", (5, 0)]:
    match v:
        case [a, b]:
            n += a + b
print(n)

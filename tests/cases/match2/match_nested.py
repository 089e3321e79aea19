def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("neg", inner):
            return -evaluate(inner)
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("sum", [*items]):
            return sum(evaluate(i) for i in items)
        case _:
            raise ValueError(f"bad expr {expr!r}")

e = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(e))
print(evaluate(("sum", [("num", 1), ("num", 2), e])))
try:
    evaluate(("pow", 1, 2))
except ValueError as err:
    print(err)

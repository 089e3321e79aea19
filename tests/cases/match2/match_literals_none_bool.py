def check(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one and half"
        case "":
            return "empty string"
        case -1:
            return "minus one"
        case _:
            return "other " + repr(v)

for v in [None, True, False, 0, 1, 1.0, 1.5, "", -1, 0.0, [], "x"]:
    print(repr(v), "->", check(v))

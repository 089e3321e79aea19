def f(x):
    if x:
        for i in x:
            while i:
                try:
                    with i as j:
                        if j:
                            match j:
                                case 1:
                                    class C:
                                        def m(self):
                                            return lambda: 0
                                case _:
                                    pass
                except E:
                    pass
                i -= 1
            else:
                continue
        else:
            pass
    elif x is None:
        return None
    return x
# dedent by several levels at once, then a comment at column 0
if a:
    if b:
        if c:
            d
e

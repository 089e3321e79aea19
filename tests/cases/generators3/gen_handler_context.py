# Exceptions raised and caught inside a generator's except block get the handled one as context,
# also after the generator was suspended and resumed inside that block.
def gen():
    try:
        raise KeyError("outer")
    except KeyError:
        yield "in handler"
        try:
            raise ValueError("inner")
        except ValueError as e:
            yield ("inner context", repr(e.__context__))
        try:
            yield "before raise"
            1 / 0
        except ZeroDivisionError as e:
            yield ("zero context", repr(e.__context__))
    try:
        raise IndexError("later")
    except IndexError as e:
        yield ("no context", repr(e.__context__))

for item in gen():
    print(item)

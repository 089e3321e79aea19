# A failing call that spans lines is marked to the end of its first line.
def check(a, b, c):
    return a / (b - c)

result = check(1,
               2,
               2)

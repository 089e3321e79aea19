[*a]
[*a, *b]
[1, *a, 2]
(*a,)
(*a, *b)
{*a}
{*a, *b, 1}
*a, b
print(*a)
print(*a, *b, sep="")
x = *a, *b
x = [*range(3), *"abc"]
a, *b = *c, d
for x in *a, *b: pass
def g():
    yield *a, b
    return *a, b
    x = yield *a,
t[*a]
t[*a, b]
t[b, *a]
del [a, b]
x = (*a, *b)
x = [*[*[*a]]]
x = {*()}

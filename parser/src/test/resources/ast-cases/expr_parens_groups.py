(a)
((a))
(((a)))
(a + b)
(a) + (b)
(a)(b)
(a)[b]
(a).b
x = (yield)
x = (yield a)
x = (yield from a)
x = (a,)
x = (a), (b)
x = (
    a
    +
    b
)
x = (  # comment inside parentheses
    a  # another
)
x = ((a, b), (c, d))
x = (((1)))
x = ((1,),)
x = (a for b in c)
x = (lambda: 0)
x = (a := 1)
x = (*a, b)
x = (not a)
x = (-a)
x = (a if b else c)
x = ((a if b else c))

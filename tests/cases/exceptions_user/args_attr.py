# The args attribute and str() of exceptions with various argument counts.
class E(Exception):
    pass

for args in [(), ('one',), ('a', 'b'), (1,), (None,), ([1, 2],)]:
    e = E(*args)
    print(len(e.args), e.args, '|' + str(e) + '|', repr(e))
e = E('x')
e.args = ('changed', 2)
print(e, e.args)
e.extra = 'attr'
print(e.extra)
print(isinstance(E(), BaseException))

x = 1
print('x' in globals(), globals()['x'], globals() is not None)
globals()['injected'] = 99
print(injected)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    v = 1
    def h():
        return v
    w = h()
    return sorted(locals())
print(g())
class K:
    p = 1
    q = sorted(locals())
print(K.q)
print([k for k in sorted(vars(K)) if not k.startswith('__')], vars()['x'])
def d():
    alpha = 1
    beta = 2
    return dir()
print(d())
print(locals() is globals() or locals() == globals())
def uses_vars():
    t = 'v'
    return vars()
print(uses_vars())

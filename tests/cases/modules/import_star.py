# from module import *: the module's public names (or its __all__) bound at module level;
# elsewhere it is a SyntaxError.
from itertools import *
print(sorted(n for n in ('count', 'chain', 'islice', 'tee', 'groupby') if n in globals()))
print(list(islice(count(3), 2)), '_tee' in globals(), '__name__' in globals())
ns = {}
exec('from itertools import *\nresult = list(chain("ab", "c"))', ns)
print(ns['result'], 'permutations' in ns)
loc = {}
exec('from itertools import *', {}, loc)
print(sorted(loc)[:3])
for src in ['def f():\n    from itertools import *\n', 'class C:\n    from itertools import *\n']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)

# AttributeError records name and obj; a module's missing attribute gets CPython's 'Did you mean' from dir(module).
import time
import sys
try:
    time.perf_countr
except AttributeError as e:
    print(e.name, e.obj is time, e.args)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj, e.args)
e = AttributeError("hand made")
print(e.name, e.obj)
print(sys.maxsiz)

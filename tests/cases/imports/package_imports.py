# The import system: packages, submodules, relative imports, circular imports, failed imports
# leaving sys.modules clean, sys.modules entries set by hand, __import__, and stdlib modules.
import sys
sys.path.insert(0, __file__.rpartition('/')[0] + '/packages')
import pkg
import pkg.sub.deep
import pkg.sub.deep as deep
from pkg.sub import deep as d2
print(pkg.VALUE, pkg.double(3), deep.f(), d2 is deep, pkg.sub.deep is deep, 'pkg.sub' in sys.modules)
print(sorted(k for k in sys.modules if k.startswith('pkg')))
print(pkg.__name__, pkg.__package__, pkg.__path__[0].endswith('pkg'), pkg.__file__.endswith('pkg/__init__.py'), deep.__package__)
print(pkg.__spec__.name, pkg.__spec__.parent, deep.__spec__.parent, pkg.__spec__.submodule_search_locations is not None)
import circ_a
print(circ_a.use(), circ_a.circ_b.circ_a is circ_a)
try:
    import bad
except ValueError as e:
    print('ValueError', e, 'bad' in sys.modules)
try:
    import nosuch
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nosuch
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(' (')[0])
try:
    import pkg.helper.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
m = __import__('pkg.sub.sibling')
print(m.__name__, __import__('pkg.sub.sibling', fromlist=['X']).X)
sys.modules['fake'] = 42
import fake
print(fake)
sys.modules['gone'] = None
try:
    import gone
except ImportError as e:
    print(e)
print(type(sys.path).__name__, type(sys.modules).__name__)
import keyword, colorsys
print(keyword.iskeyword('if'), colorsys.rgb_to_hsv(0.2, 0.4, 0.4))

from .. import VALUE
from ..helper import double
from . import sibling
def f(): return double(VALUE) + sibling.X

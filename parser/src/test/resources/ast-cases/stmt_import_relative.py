from . import a
from .. import b
from ... import c
from .... import d
from ..... import e
from ...... import f
from .x import y
from ..x import y
from ...x import y
from ....x import y
from ...x.z import y
from .x.y.z import w as v
from . import (a, b as c)
from .. import *
from .... x import y
from . . . x import y
from .. . x import y

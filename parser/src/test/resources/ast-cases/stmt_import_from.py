from os import path
from os import path, sep
from os import path as p, sep as s
from os.path import join
from os import *
from a.b.c import d
from os import (path)
from os import (path,)
from os import (path, sep,)
from os import (
    path as p,
    sep,
    getcwd as cwd,
)
from a import b, \
    c

import os
import os.path
import a.b.c.d
import os as o
import os.path as osp
import a, b, c
import a as x, b.c as y, d
import a.b, c.d as e
import xml.etree.ElementTree as ET
import importlib.util

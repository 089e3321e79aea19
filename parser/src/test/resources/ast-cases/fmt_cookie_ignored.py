x = 1
# -*- coding: latin-1 -*-
# The cookie above is on line 2 after code, so it is ignored: this file is UTF-8.
s = 'café'; t = 2
# coding: latin-1 on line 5 is ignored too
u = 'éè'

# -*- coding: utf-8 -*-
# BOM and a matching coding cookie.
s = '日本語'
n = len(s)
t = f'{s}!'

#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-15 :
price = '€ 5'; euro = 1
x = 'ŠšŽžŒœŸ'
print(price, x)

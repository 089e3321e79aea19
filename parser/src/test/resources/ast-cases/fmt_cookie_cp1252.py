# coding=cp1252
q = '“quoted” ‘single’ … —'
e = '€'; y = 2
w = [q, e,
     '™']

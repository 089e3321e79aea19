# Tabs and spaces mixed in ways CPython accepts (consistent under tabsize 8 and 1).
if a:
	if b:
	    c = 1
	else:
		d = 2
	e = 3
if f:
        g = 4
        if h:
        	i = 5
        j = 6
k = 7

import circ_b
A = 'a'
def use(): return circ_b.B

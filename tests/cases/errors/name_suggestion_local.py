# The closest local variable name wins over a global that is just as close.
counter = 0

def tally(values, weight):
    subtotal = 0
    for v in values:
        subtotal = subtotal + v * weight
    return subtotl

print(tally((1, 2, 3), 2))

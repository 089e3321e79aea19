for n in [0, 1, 5, 255, -255, 1024, 2**40]:
    print(n, bin(n), oct(n), hex(n))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'))
print(format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(5, '08b'), format(-5, '08b'), f"{3054:_x}", f"{123456789:_b}")

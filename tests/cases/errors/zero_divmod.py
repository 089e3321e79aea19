print(divmod(9, 4))
print(divmod(2 ** 100, 0))

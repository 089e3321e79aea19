big = 10 ** 50
print(big // 3)
print(big / 0)

print(len(str(10 ** 4299)))
s = '1' * 5000
print(int(s))

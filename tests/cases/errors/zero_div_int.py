print('before')
x = 10
y = x - 10
print(x / 2)
print(x / y)
print('never')

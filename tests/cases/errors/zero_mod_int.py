print(5 % 3)
print('about to fail')
z = 0
print(5 % z)

print(7 // 2)
d = 0
print('dividing')
print(7 // d)

print('line one')
print('line two', end='')
print(' still line two')
for i in range(5):
    print(i, end=', ')
print('done', end='')

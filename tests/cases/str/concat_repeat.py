print('ab' + 'cd')
print('ab' * 3)
print(3 * 'ab')
print('x' * 0)
print('x' * -1)
print('' + '')
print('' * 100)
print('-' * 20)
print('a' + 'b' * 2 + 'c')
print(('a' + 'b') * 2)
s = ''
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
t = 'ha'
t = t * 2 + '!'
print(t)
print(len('abc' * 1000))
print('😀' * 3)
print(True * 'yes')
print('no' * False)

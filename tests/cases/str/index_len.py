s = 'hello'
print(len(s))
print(s[0])
print(s[4])
print(s[-1])
print(s[-5])
print(len(''))
print(len('😀'))
print(len('a😀b'))
print('a😀b'[2])
print('a😀b'[1])
print('a😀b'[-1])
print('a😀b'[-2])
print(len('\U0001F600\U0001F601'))
print(len('é'))
print(len('中文'))
print(len('\n'))
print(len('\\'))
u = '😀x😁y'
i = 0
while i < len(u):
    print(i, u[i])
    i += 1
print(repr(s[1]))

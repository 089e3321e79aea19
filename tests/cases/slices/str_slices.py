# String slicing.
s = 'Hello, World'
print(s[:5])
print(s[7:])
print(s[-5:])
print(s[::2])
print(s[::-1])
print(s[3:3] == '')
print(s[-100:100])
print(repr(s[5:1]))
print(s[1:10:4])
print(s[10:0:-3])
print('abc'[::-2])
print('racecar'[::-1] == 'racecar')

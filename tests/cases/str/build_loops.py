def pad(s, width):
    while len(s) < width:
        s = ' ' + s
    return s

def reverse(s):
    out = ''
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out

def count(s, ch):
    n = 0
    for i in range(len(s)):
        if s[i] == ch:
            n += 1
    return n

print(pad('7', 4) + '|')
print(pad('12345', 3) + '|')
print(reverse('hello'))
print(reverse('a😀b'))
print(reverse(''))
print(count('banana', 'a'))
print(count('😀😀x😀', '😀'))
for n in range(1, 6):
    print(pad(str(n * n * n), 5))
stars = ''
for i in range(4):
    stars += '*'
    print(stars)

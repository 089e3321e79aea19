def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c
def caesar(s, k):
    return ''.join(shift_char(c, k) for c in s)
msg = 'Hello, World! Zebra-xylophone 2024.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13) == caesar(caesar(msg, 26), 13), caesar(caesar(msg, 13), 13))
for k in (1, 25, 52, -27):
    print(k, caesar('abcXYZ', k))

# strip, lstrip and rstrip.
s = '   hello world \t\n'
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print('xxhixx'.strip('x'))
print('abcHELLOcba'.strip('abc'))
print('www.example.com'.lstrip('w.'))
print('12300'.rstrip('0'))
print(repr(''.strip()), repr('   '.strip()))
print('--a--'.lstrip('-'), '--a--'.rstrip('-'))

# count, partition and rpartition.
s = 'banana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('x'), s.count(''))
print(s.count('a', 2), s.count('a', 2, 4))
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='))
print('novalue'.rpartition('='))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)

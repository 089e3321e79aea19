# str.replace.
s = 'one two one two one'
print(s.replace('one', '1'))
print(s.replace('one', '1', 2))
print(s.replace('three', '3'))
print('aaa'.replace('a', 'bb'))
print('abc'.replace('', '-'))
print('abc'.replace('b', ''))
print('aaaa'.replace('aa', 'a'))
print(s.replace('one', 'ONE', 0))
print(s)

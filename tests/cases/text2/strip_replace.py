s = '---Hello, World!---'
print(s.strip('-'), s.lstrip('-'), s.rstrip('-!'), '  pad  '.strip(), repr('\t x \n'.strip()))
print('xxabcxx'.strip('x'), 'abcba'.strip('ab'), 'www.example.com'.strip('cmowz.'))
print('aaaa'.replace('a', 'b', 2), 'banana'.replace('an', 'AN'), 'abc'.replace('', '-'))
print('Hello'.removeprefix('He'), 'Hello'.removesuffix('lo'), 'Hello'.removeprefix('x'))
text = 'The  cat   sat on   the mat'
print(' '.join(text.split()), text.count(' '), text.lower().count('the'))
print(text.find('cat'), text.find('dog'), text.rfind('t'), text.index('sat'))
print('a-b_c d'.replace('-', ' ').replace('_', ' ').split())
try:
    text.index('dog')
except ValueError as e:
    print('ValueError', e)

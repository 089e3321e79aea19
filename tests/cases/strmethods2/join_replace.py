# join over any iterable of str; replace with counts and the empty pattern.
print(', '.join(['a', 'b', 'c']), '-'.join('xyz'), ''.join(('p', 'q')), '+'.join([]))
print('/'.join({'usr': 1, 'local': 2, 'bin': 3}), '.'.join(reversed(['com', 'example', 'www'])))
print(' '.join(map(str.upper, ['hi', 'there'])), '|'.join([str(n) for n in range(5)]))
class Words:
    def __iter__(self):
        return iter(['one', 'two'])
print('&'.join(Words()), '😀'.join(['a', 'b']))
s = 'the cat sat on the mat'
print(s.replace('the', 'a'), s.replace('at', 'og', 2), s.replace('at', 'og', 0))
print(s.replace(' ', ''), s.replace('xyz', 'abc'), s.replace('', '|', 3))
print('abc'.replace('', '-'), ''.replace('', 'x'), 'aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa', -1))
for bad in [lambda: ','.join(['a', 2, 'c']), lambda: ','.join([None]), lambda: ','.join(5),
            lambda: ','.join(), lambda: 'a'.replace('a'), lambda: 'a'.replace(1, 'b'),
            lambda: 'a'.replace('a', None), lambda: 'a'.replace('a', 'b', 'c')]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)

# str.format with positional, keyword and format specs.
print('{} and {}'.format('a', 'b'))
print('{1} {0} {1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {1[k]}'.format([10, 20], {'k': 'v'}))
print('{:>6}|{:<6}|{:^6}'.format('r', 'l', 'c'))
print('{:08.3f} {:+d} {:,}'.format(3.14159, 5, 1234567))
print('{:x} {:o} {:b} {:#x}'.format(255, 8, 5, 255))
print('{{literal}} {}'.format(1))
print('{!r} {!s}'.format('q', 'q'))
print('{:.2%}'.format(0.256))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('caught:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('caught:', repr(e))

x = 3.14159
n = 1234567
s = 'héllo'
print(f'{x}', f'{x:.2f}', f'{x:10.3f}|', f'{x:<10.1f}|', f'{x:^10}|', f'{x:e}', f'{x:.3E}', f'{x:g}', f'{x:%}', f'{x:.1%}')
print(f'{n}', f'{n:,}', f'{n:_}', f'{n:x}', f'{n:#x}', f'{n:X}', f'{n:#o}', f'{n:b}', f'{n:#b}', f'{n:010}', f'{n:+}', f'{n: }', f'{-n:015,}')
print(f'{s}', f'{s!r}', f'{s!a}', f'{s:>8}|', f'{s:*^11}', f'{s:.3}', f'{s!r:>10}')
print(f'{1e16}', f'{1e-7:.3g}', f'{123456789.0:g}', f'{0.0001:g}', f'{1.5:.0f}', f'{2.5:.0f}', f'{0.125:.2f}', f'{-0.0}', f'{-0.0:z.1f}')
print(f'{True}', f'{True:d}', f'{True:>6}', f'{65:c}', f'{None}', f'{(1, 2)}', f'{10**30:,}')
print(format(3.5), format(255, 'x'), format('a', '>3'), format(1.0, 'g'), format(100.0, '.3g'), format(1e20, 'g'), format(12.0, '#g'))
width = 8
prec = 3
print(f'{x:{width}.{prec}f}|', f'{x=}', f'{n = :,}', f'{"quoted"}', f'{{literal}}', f'{x!s:>{width}}')
print(f'{float("inf"):f}', f'{float("nan"):F}', f'{-1.5e-10:.2e}', f'{12345.6789:,.2f}', f'{0.5:.0%}', f'{7:08.3f}')
print(ascii('naïve ☃ 😀'), ascii(5))
try:
    f'{x:d}'
except ValueError as e:
    print('ValueError:', e)
try:
    format('abc', '+')
except ValueError as e:
    print('ValueError:', e)

# format(z, spec): each part formatted as a float, the imaginary one signed; no type means repr's layout.
nan = float('nan')
inf = float('inf')
values = [1 + 2j, complex(-0.0, -0.0), 1234567.5 - 0.001j, 3j, complex(nan, inf), complex(-0.0, 1), -1.5e-7 + 2e20j]
specs = ['', '10', '<20', '^20', '>20', '.2f', '.3e', 'g', '.2', 'z.1f', '+', ' ', '+.1f', '#g', ',', '_.2f',
         ',.2f', 'n', '*^30.3g', 'F', 'E', 'G', '.0f', '#.0f', '-', '-^24', 'z', '.10g', '\u2605>26.1e', '30,']
for spec in specs:
    print(repr(spec), *(repr(format(z, spec)) for z in values))

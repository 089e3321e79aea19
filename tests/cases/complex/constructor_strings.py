# complex(str): float syntax for each part, optional parentheses and whitespace.
texts = ['1+2j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '1', 'j', '-j', '+J', '1+j', '1-j', '2.5', '-1.5e3-2.5E-2j',
         'inf', 'nan', '-infj', 'infinity+nanj', 'INF-INFj', '1_000+2_0j', '+1.5j', '.5j', '5.j', '\t1j\n',
         '(1)', '1e400', '1e400j', '-1e-400j', '1.e5+.5e1j', 'nanj', '-nan', '0j', '-0j', '-0-0j', '00012j',
         '\u0661\u0662j', '\u00a01+1j\u3000', '1E+2J', '3-0j']
for t in texts:
    print(repr(t), complex(t))

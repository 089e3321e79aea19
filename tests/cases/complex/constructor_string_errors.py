# Malformed strings; underscores in the wrong place get float()'s kind of message.
bad = ['1+2j)', '(1+2j', '()', '', ' ', '1 + 2j', '1+2jj', '1e', '1j+2', '1+2i', '\uff4a', '1\x00', '0x10',
       '1__0', '_1', '1_', '1_j', '1+_2j', '(', ')', '1+2j 3', 'j1', '--1', '+-1j', 'infj+1', '1.2.3']
for t in bad:
    try:
        complex(t)
    except ValueError as e:
        print(repr(t), e)
complex('1+2k')

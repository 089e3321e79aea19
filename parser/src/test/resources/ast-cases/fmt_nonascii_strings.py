# Non-ASCII characters before tokens on the same line shift UTF-8 column offsets.
s = 'é'; t = 1
s = '€€'; t = 2
s = '😀'; t = 3
s = '😀😁é€'; t = (4, 5)
d = {'日': 1, '本': [2, '語']}; e = d
b = 'é' + '😀' + x
f('ÿ', 'Ā', '߿', 'ࠀ', '￿', '𐀀', y)
g = '''é
€
😀''' + z
h = r'é\n' 'café' \
    'è'
u = '\u0000   ﻿'
v = 'é\N{EM DASH}\u00e9'; w = v
c = 'é'  # comment with ééé and 😀
print('é', end=''); print(éé)

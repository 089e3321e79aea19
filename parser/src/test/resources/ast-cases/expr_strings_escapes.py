'\n\t\r\\\'\"'
"\a\b\f\v\0"
'\x00\x41\xff'
'\u0041\u00e9\uffff'
'\U00000041\U0001F600\U0010FFFF'
'\N{LATIN SMALL LETTER E WITH ACUTE}'
'\N{EM DASH}\N{SNOWMAN}'
'\101\7\77\777'
'\d\w \q'
'line one\
line two'
b'\x00\xff\n\t\\\''
b'\101\777'
b'\u0041 \N{X}'
r'\x41\u0041'
rb'\x41\\'
'\'quoted\''
"\"quoted\""
'a\'b"c'
"a'b\"c"
'\N{LATIN CAPITAL LETTER A}\N{DIGIT ONE}'
'\ud800'
'\udfff\ud83d\ude00'
'trailing backslash \\'
r'raw with quote \''
r"raw with quote \""

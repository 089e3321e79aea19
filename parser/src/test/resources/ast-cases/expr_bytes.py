b''
b'abc'
b"abc"
b'\x00\x01\xfe\xff'
b'\n\r\t\\'
b'\0\7\77\177'
b'''triple
bytes'''
b"""triple"""
br'\x00'
rb"\n"
b'a' b'b'
b'~!@#$%^&*()_+`-=[]{};:,./<>?|'
x = [b'a', B'b', bR'c', Rb'd']
x = b'ab' b'' b'cd'
x = (b'first'
     b'second')

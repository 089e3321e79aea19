# splitlines knows more line boundaries than '\n', and keeps them on request.
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(text.splitlines())
print(len(text.splitlines(True)), text.splitlines(keepends=True)[:3])
for s in ['', '\n', '\n\n', 'a\n', 'a\r\n\r\n', '\r\r\n', 'no newline']:
    print(repr(s), s.splitlines(), s.splitlines(True))
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
print('x\ny'.splitlines(2), 'x\ny'.splitlines(0))
for bad in [lambda: 'a'.splitlines('yes'), lambda: 'a'.splitlines(1.0), lambda: 'a'.splitlines(True, False),
            lambda: 'a'.splitlines(keep=True)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)

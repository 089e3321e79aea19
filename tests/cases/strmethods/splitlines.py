# splitlines with and without keepends.
text = 'line one\nline two\r\nline three\rlast'
print(text.splitlines())
print(text.splitlines(True))
print('trailing\n'.splitlines())
print(''.splitlines())
print('\n\n'.splitlines())
print('a\n\nb'.splitlines())
print('no newline'.splitlines())
print('a\nb\n'.split('\n'))

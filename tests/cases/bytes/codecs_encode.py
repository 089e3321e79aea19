s = 'aé€😀'
for enc in ['utf-8', 'utf8', 'UTF-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf_32_be']:
    print(enc, s.encode(enc))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('iso-8859-1'), 'x'.encode())
for errors in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors=errors))
print('a\udcffb'.encode('utf-8', 'surrogateescape'), '\ud800'.encode('utf-8', 'surrogatepass'))
for enc, text in [('ascii', 'é'), ('ascii', 'aéé'), ('latin-1', '€'), ('utf-8', '\ud800'), ('ascii', '😀')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    'é'.encode('ascii', 'bogus')
except LookupError as e:
    print('LookupError', e)
print('é'.encode('ascii', errors='replace'), 'ok'.encode('ascii', 'bogus'))

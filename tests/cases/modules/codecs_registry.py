# codecs over _codecs: the registry (with the encodings package), encode/decode, codec functions,
# error handlers.
import codecs
print(codecs.lookup('utf-8').name, codecs.lookup('UTF8').name, codecs.lookup('latin1').name)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'), codecs.encode('abc', 'utf-16-le'))
print(codecs.utf_8_encode('é'), codecs.utf_8_decode(b'\xc3\xa9'), codecs.latin_1_decode(b'\xe9'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.strict_errors is not None, codecs.getencoder('ascii')('hi'))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(e)
print(codecs.ignore_errors(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))

b = b'abracadabra'
print(b.count(b'a'), b.count(b'abra'), b.count(97), b.count(b''), b.count(b'a', 3), b.count(b'a', 3, 8))
print(b.find(b'cad'), b.find(b'x'), b.find(98), b.rfind(b'a'), b.rfind(b'abra', 0, 5), b.find(b'', 20))
print(b.index(b'd'), b.rindex(b'r'))
print(b.startswith(b'abr'), b.startswith((b'x', b'ab')), b.endswith(b'bra'), b.endswith(b'a', 0, 4), b.startswith(b'c', 4))
for call in [lambda: b.index(b'z'), lambda: b.count('a'), lambda: b.find(300), lambda: b.startswith('a'),
             lambda: b.endswith([b'a'])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

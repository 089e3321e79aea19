ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
ba.extend([1, 2])
ba += b'!'
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74); ba.insert(-1, 0); ba.insert(100, 35)
print(ba)
ba.remove(0); print(ba)
del ba[0]; del ba[-1]; print(ba)
del ba[1:3]; print(ba)
ba[0:1] = b'JJJ'; print(ba)
ba[::2] = b'x' * len(ba[::2]); print(ba)
ba[1:1] = [65, 66]; print(ba)
del ba[::2]; print(ba)
c = ba.copy(); c.reverse(); print(c, ba)
ba *= 2; print(ba)
ba.clear(); print(ba, len(ba))
for call in [lambda: ba.pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(3),
             lambda: bytearray(b'a').append(256), lambda: bytearray(b'a').append('a'),
             lambda: bytearray(b'a').__setitem__(0, 300), lambda: bytearray(b'abc').__setitem__(slice(0, 1), 5),
             lambda: bytearray(b'abc').__setitem__(slice(None, None, 2), b'x'), lambda: bytearray(b'a')[3],
             lambda: hash(bytearray())]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

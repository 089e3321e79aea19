# chr, ord, bin, oct, hex, callable, any and all, with CPython's errors.
print(chr(65), chr(0x1F600), repr(chr(0)), repr(chr(0xDC80)), chr(True))
print(ord("A"), ord("😀"), ord("\udc80"), ord(chr(0x10FFFF)))
for v in (0, 5, -5, 255, -256, 2**70, -(2**70), True, False):
    print(bin(v), oct(v), hex(v))
print(callable(print), callable(len), callable(int), callable(lambda: 0), callable(1), callable("s"), callable(None))
print(any(()), any((0, "", None)), any((0, 3)), all(()), all((1, "x")), all((1, 0)), any(range(0)), all(range(1, 5)))
print(any("abc"), all(""))

def attempt(label, thunk):
    try:
        thunk()
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("chr str", lambda: chr("a"))
attempt("chr float", lambda: chr(1.5))
attempt("chr big", lambda: chr(0x110000))
attempt("chr neg", lambda: chr(-1))
attempt("chr huge", lambda: chr(2**40))
attempt("chr huge neg", lambda: chr(-2**40))
attempt("ord long", lambda: ord("ab"))
attempt("ord empty", lambda: ord(""))
attempt("ord int", lambda: ord(5))
attempt("hex float", lambda: hex(1.0))
attempt("bin str", lambda: bin("1"))
attempt("oct none", lambda: oct(None))
attempt("any int", lambda: any(5))
attempt("all none", lambda: all(None))
attempt("chr args", lambda: chr())
attempt("callable args", lambda: callable(1, 2))

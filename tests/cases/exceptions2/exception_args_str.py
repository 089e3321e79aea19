e = Exception()
print(repr(str(e)), e.args, repr(e))
e = Exception("one")
print(str(e), e.args, repr(e))
e = Exception("a", 2, None)
print(str(e), e.args, repr(e))
e = ValueError(42)
print(str(e), repr(e))
e = KeyError("key")
print(str(e), repr(e))
e = KeyError("a", "b")
print(str(e))

class MyErr(Exception):
    def __str__(self):
        return "custom:" + ",".join(map(str, self.args))

print(str(MyErr(1, 2)), repr(MyErr(1, 2)))
print(f"{MyErr('x')}")

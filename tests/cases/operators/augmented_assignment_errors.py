# Augmented assignment names its operator with "=" in TypeErrors (PyNumber_InPlace*), except
# where the type's own message speaks (str and tuple concatenation).
def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)

def iadd():
    x = 1
    x += "a"
def isub():
    x = 1.5
    x -= "a"
def imul():
    x = None
    x *= 2.0
def idiv():
    x = 1
    x /= None
def ifloordiv():
    x = 1
    x //= "a"
def imod():
    x = 2.5
    x %= ()
def ipow():
    x = 2
    x **= "a"
def ilshift():
    x = 1
    x <<= 1.0
def irshift():
    x = 1
    x >>= "a"
def iand():
    x = 1.5
    x &= 1
def ior():
    x = 1
    x |= 2.0
def ixor():
    x = "a"
    x ^= 1
def istr():
    s = "a"
    s += 1
def ituple():
    t = (1,)
    t += 1

cases = (("+=", iadd), ("-=", isub), ("*=", imul), ("/=", idiv), ("//=", ifloordiv), ("%=", imod),
         ("**=", ipow), ("<<=", ilshift), (">>=", irshift), ("&=", iand), ("|=", ior), ("^=", ixor),
         ("str +=", istr), ("tuple +=", ituple))
for label, f in cases:
    attempt(label, f)

def binary():
    return 1 + "a"
attempt("binary", binary)
count = 0
count += 2.5
count **= 2
print(count)

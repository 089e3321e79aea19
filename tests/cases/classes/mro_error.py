# An inconsistent hierarchy cannot be linearized.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
print([c.__name__ for c in A.__mro__])
print([c.__name__ for c in B.__mro__])
class Ok(A): pass
print([c.__name__ for c in Ok.__mro__])
print('defining C')
class C(A, B): pass

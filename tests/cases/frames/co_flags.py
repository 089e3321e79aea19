def f(): pass
def g(): yield
async def c(): pass
async def ag(): yield
def outer():
    x = 1
    def inner(): return x
    return inner
def va(*a, **k): pass
print(f.__code__.co_flags, g.__code__.co_flags, c.__code__.co_flags, ag.__code__.co_flags, outer.__code__.co_flags, outer().__code__.co_flags, (lambda: 0).__code__.co_flags, va.__code__.co_flags)
class K:
    def m(self): pass
    async def am(self): pass
print(K.m.__code__.co_flags, K.am.__code__.co_flags, bool(c.__code__.co_flags & 0x80), bool(g.__code__.co_flags & 0x20))

print(type(dict.__dict__['fromkeys']).__name__, dict.__dict__['fromkeys'], type(dict.fromkeys).__name__, repr(dict.fromkeys).startswith('<built-in method fromkeys of type object at 0x'))
print(dict.fromkeys('ab', 0), bytes.fromhex('41'), int.from_bytes(b'\x02', 'big'), float.fromhex('0x1p1'), type(classmethod(len)).__name__)
print(type(object.__dict__['__init_subclass__']).__name__, object.__dict__['__init_subclass__'])
class K:
    @classmethod
    def c(cls): return cls.__name__
print(type(K.__dict__['c']).__name__, K.c())

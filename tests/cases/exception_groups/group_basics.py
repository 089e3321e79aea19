# ExceptionGroup construction, message/exceptions, split/subgroup and the BaseExceptionGroup rules.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(isinstance(eg, Exception), ExceptionGroup.__mro__)

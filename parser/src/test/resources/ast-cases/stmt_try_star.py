try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError as e:
    print(e.exceptions)
except* (KeyError, IndexError) as g:
    pass

try:
    pass
except *ValueError:
    pass
except * OSError as e:
    pass
else:
    done()
finally:
    cleanup()

try:
    pass
except* a.b.C:
    pass

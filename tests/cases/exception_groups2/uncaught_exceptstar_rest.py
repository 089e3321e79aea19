try:
    raise ExceptionGroup('eg', [ValueError('v'), TypeError('t'), OSError('o')])
except* ValueError as g:
    print('handled', repr(g))
except* OSError:
    raise RuntimeError('replacement')

try:
    raise ValueError('first')
except ValueError:
    raise BaseExceptionGroup('during', [KeyboardInterrupt(), RuntimeError('r')])

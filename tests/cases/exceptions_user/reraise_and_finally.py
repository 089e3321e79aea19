# Re-raising a user exception through finally blocks.
class StepError(Exception):
    pass

log = []

def step(n):
    try:
        if n == 2:
            raise StepError('step %d failed' % n)
        log.append('ok %d' % n)
    finally:
        log.append('finally %d' % n)

try:
    for i in range(4):
        step(i)
except StepError as e:
    log.append('caught ' + str(e))
print(log)
try:
    try:
        raise StepError('inner')
    except StepError:
        print('handling, re-raise')
        raise
except StepError as e:
    print('outer got', e)

# Python 2 habits that are still valid Python 3 syntax.
print >>sys.stderr, "x"
print ('a')
print ('a', 'b')
print (a) and b
print, x
exec ('code')
exec
print
print(*args, sep='', end='\n', file=f, flush=True)
nonlocal_ = global_ = 1
True_ = None_ = False_ = 0

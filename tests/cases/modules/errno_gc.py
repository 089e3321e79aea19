# errno's numbers and errorcode, and gc's API.
import errno, gc
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11],
      errno.errorcode[95], len(errno.errorcode), errno.ERFKILL)
try:
    open
    raise FileNotFoundError(errno.ENOENT, 'No such file or directory', 'x')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(gc.isenabled(), gc.get_threshold(), gc.collect() >= 0)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold())

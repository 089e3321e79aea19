# The os module over pyj's posix: paths, stat, directories, errors with errno, environ.
import os, sys
print(os.name, os.sep, os.getcwd() == os.path.abspath('.'), os.path.join('a', 'b'), os.path.basename('/x/y.py'), os.path.splitext('f.tar.gz'))
print(os.path.exists('/tmp'), os.path.isdir('/tmp'), os.path.isfile('/tmp'), os.path.exists('/nonexistent/zz'))
st = os.stat('/tmp')
import stat
print(stat.S_ISDIR(st.st_mode), st.st_size >= 0, isinstance(st.st_mtime, float), len(st), type(st).__name__, st[0] == st.st_mode)
try:
    os.stat('/nonexistent/zz')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
d = '/tmp/pyj_os_test_dir'
if os.path.exists(d):
    for n in os.listdir(d): os.remove(os.path.join(d, n))
    os.rmdir(d)
os.mkdir(d)
try:
    os.mkdir(d)
except FileExistsError as e:
    print('exists', e.errno)
print(os.listdir(d), sorted(e.name for e in os.scandir(d)))
os.rmdir(d)
print(os.path.exists(d), type(os.environ).__name__, 'PATH' in os.environ, os.getenv('NO_SUCH_VAR_X', 'dflt'), os.fspath('p'))
print(os.strerror(2), isinstance(os.getpid(), int), len(os.urandom(4)), os.path.normpath('/a/./b/../c'), os.path.relpath('/a/b', '/a'))
print([k for k in ('walk', 'makedirs', 'removedirs', 'get_exec_path') if hasattr(os, k)])

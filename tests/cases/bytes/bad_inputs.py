tests = [
 "bytes(10**20)", "b'x' * (10**12)", "bytearray(b'a').__setitem__(slice(None), 'xyz')", "memoryview(b'ab')[::0]",
 "b''.join(None)", "bytes.fromhex(None)", "'x'.encode(None)", "b'\\xff'.decode(None)",
 "int.from_bytes(5, 'big')", "exec(None)", "eval('1', {}, 5)", "compile(1, 'f', 'exec')", "compile('x', 5, 'exec')",
 "__build_class__()", "float.fromhex('0x1p99999999999999999999')", "float.fromhex('0x' + '1'*5000 + 'p-99999')",
 "(1.5).as_integer_ratio()", "int | 1", "isinstance(1, int | 'x')", "bytearray(b'x').pop('a')", "bytes([1]) < 3",
 "b'%c' % 10**30", "b'%s' % object()", "round(1.5, 10**30)", 
 "exec('def f(:pass')", "eval('x' * 100000)", "eval('(' * 300 + ')' * 300)", "str(b'\\xff', 'utf-8')",
]
for t in tests:
    try:
        r = eval(t)
        print(t[:40], '->', repr(r)[:60])
    except BaseException as e:
        print(t[:40], '-> EXC', type(e).__name__, str(e)[:70])

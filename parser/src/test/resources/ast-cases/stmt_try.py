try:
    a()
except:
    b()

try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except Exception as exc:
    raise RuntimeError() from exc
else:
    d()
finally:
    e()

try:
    pass
finally:
    cleanup()

try:
    pass
except E:
    pass
finally:
    pass

try:
    pass
except E:
    pass
else:
    pass

try: x
except a.b.C as e: y
except (a.B, c[0]): z
except f(): w

try:
    try:
        inner()
    except:
        raise
finally:
    pass

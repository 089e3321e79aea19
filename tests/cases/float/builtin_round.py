# round(): half to even on the exact value (floats as the binary value they hold), ints with
# negative ndigits, and CPython's errors.
cases = (("2.675, 2", lambda: round(2.675, 2)), ("0.5", lambda: round(0.5)), ("1.5", lambda: round(1.5)),
         ("-0.5", lambda: round(-0.5)), ("-0.4, 0", lambda: round(-0.4, 0)), ("2.5, 0", lambda: round(2.5, 0)),
         ("1234, -2", lambda: round(1234, -2)), ("1250, -2", lambda: round(1250, -2)),
         ("-1350, -2", lambda: round(-1350, -2)), ("5, 2", lambda: round(5, 2)), ("True", lambda: round(True)),
         ("1.7e308, -308", lambda: round(1.7e308, -308)), ("1e300, -400", lambda: round(1e300, -400)),
         ("-1e-5, 400", lambda: round(-1e-5, 400)), ("inf, 2", lambda: round(float("inf"), 2)),
         ("inf", lambda: round(float("inf"))), ("nan", lambda: round(float("nan"))), ("'a'", lambda: round("a")),
         ("1.5, 1.0", lambda: round(1.5, 1.0)), ("2**70 + 0.0", lambda: round(2**70 + 0.0)),
         ("123.456, -1", lambda: round(123.456, -1)), ("-123.456, 1", lambda: round(-123.456, 1)),
         ("0.125, 2", lambda: round(0.125, 2)), ("1e22, 2", lambda: round(1e22, 2)),
         ("5e-324, 323", lambda: round(5e-324, 323)), ("12345678901234567890, -5", lambda: round(12345678901234567890, -5)),
         ("1, None", lambda: round(1, None)), ("1.5, None", lambda: round(1.5, None)),
         ("-2.5", lambda: round(-2.5)), ("0.1 + 0.2, 15", lambda: round(0.1 + 0.2, 15)),
         ("1.0, 2**70", lambda: round(1.0, 2**70)), ("-1.0, -2**70", lambda: round(-1.0, -2**70)),
         ("7, -30", lambda: round(7, -30)), ("ndigits kw", lambda: round(3.14159, ndigits=3)),
         ("False, -1", lambda: round(False, -1)), ("no args", lambda: round()))
for label, thunk in cases:
    try:
        print(label, "->", repr(thunk()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)

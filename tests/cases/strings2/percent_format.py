print("%s is %d years" % ("Tom", 30))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.3f|%10.2f|%-10.1f|" % (3.14159, 2.5, 1.25))
print("%x %X %o %e" % (255, 255, 8, 12345.6789))
print("%r %s" % ("q", "q"))
print("%c%c%c" % (72, 105, 33))
print("%(name)s has %(n)03d" % {"name": "box", "n": 7})
print("100%% done, %s" % "ok")
print("%+d %+d % d" % (5, -5, 5))
print("%s" % [1, 2], "%s" % (None,))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)

assert x
assert x, "message"
assert x, (y, z)
assert (x, y)
assert not x, f"bad {x}"
assert x == 1, \
    "continued"
pass
for i in range(3):
    if i:
        break
    else:
        continue
while True:
    break
class Empty:
    pass
def empty():
    pass

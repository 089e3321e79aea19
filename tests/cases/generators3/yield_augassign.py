# Augmented assignments read their target before the yield on the right: once.
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get v", self._v)
        return self._v
    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value

class Box(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)

def key():
    print("key()")
    return 0

def gen(o, box):
    total = 5
    total += yield "total"
    o.v += yield "attr"
    box[key()] += yield "item"
    o.v *= (yield "a") + (yield "b")
    return total, o.v, box

it = gen(Obj(), Box([10]))
print(next(it))
try:
    for v in [1, 2, 3, 4, 5]:
        print(it.send(v))
except StopIteration as e:
    print("result", e.value)

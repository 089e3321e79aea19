class Box:
    def __init__(self, items):
        self.items = list(items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __len__(self):
        return len(self.items)

b = Box([1, 2, 3])
print(2 in b, 5 not in b)
print(len(b), bool(b), bool(Box([])))
if not Box([]):
    print("empty box is falsy")

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        return 99

print(bool(Flag(False)), bool(Flag(True)), len(Flag(False)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")

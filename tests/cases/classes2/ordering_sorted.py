class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return self.s

vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.1"), Ver("1.2.0"), Ver("2")]
print(sorted(vs))
print(min(vs), max(vs))
print(sorted(vs, reverse=True))
print(Ver("1.0") > Ver("0.5"))
print(Ver("3") == Ver("3"), Ver("3") != Ver("4"))

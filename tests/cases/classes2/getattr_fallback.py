class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        if name.startswith('secret'):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits)
print(p.count(1), p.hits)
print(hasattr(p, 'secret_x'), hasattr(p, 'index'))
print(getattr(p, 'secret', 'default'))
p.missing

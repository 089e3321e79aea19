class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)
        return fn
    def off(self, event, fn):
        self.handlers[event].remove(fn)
    def emit(self, event, *args):
        results = []
        for fn in list(self.handlers.get(event, [])):
            results.append(fn(*args))
        return results
log = []
bus = EventBus()
def logger(x): log.append(f"log:{x}"); return 'logged'
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, x): self.n += x; return self.n
c = Counter()
bus.on('num', logger); bus.on('num', c); bus.on('num', lambda x: x * x)
print(bus.emit('num', 3)); print(bus.emit('num', 4))
bus.off('num', logger)
print(bus.emit('num', 5), bus.emit('none'))
print(log, c.n)

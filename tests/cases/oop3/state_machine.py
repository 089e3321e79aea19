class TrafficLight:
    transitions = {
        ('red', 'timer'): 'green',
        ('green', 'timer'): 'yellow',
        ('yellow', 'timer'): 'red',
        ('red', 'emergency'): 'red',
        ('green', 'emergency'): 'red',
        ('yellow', 'emergency'): 'red',
    }
    def __init__(self):
        self.state = 'red'
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"bad event {event!r} in state {self.state!r}")
        self.state = self.transitions[key]
        self.history.append(self.state)
        return self.state
t = TrafficLight()
for ev in ['timer', 'timer', 'emergency', 'timer', 'timer', 'timer']:
    print(ev, '->', t.fire(ev))
print(t.history)
t.fire('honk')

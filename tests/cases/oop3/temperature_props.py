class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
try:
    t.fahrenheit = -500
except ValueError as e:
    print('error:', e, t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError', e)
